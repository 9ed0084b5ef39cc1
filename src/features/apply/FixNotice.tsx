// At the top of every page of a draft that corrects a refused application: which one, why it was
// refused, and what to do about it; the fields the reason concerns are marked where they are asked.
import { Link } from '../../ui/Link';
import { Show } from 'solid-js';
import type { DraftRow } from '../../client/rows';
import type { Service } from '../../domain/catalog/serviceSchema';
import { fixFocus } from '../../domain/fixRefusal';
import { fill } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reasons';
import { catalogTexts } from '../../i18n/lazy/catalog';

type Fix = NonNullable<DraftRow['fixes']>;

function advice(service: Service, fix: Fix): string {
  const texts = catalogTexts().apply.fixAdvice;
  const focus = fixFocus(service, fix.reason);
  if (focus.fields.length) return texts.fields;
  if (focus.documents) return texts.documents;
  return fix.reason === 'technical_failure' ? texts.technical : texts.all;
}

export function FixNotice(props: { service: Service; fix: Fix }) {
  return (
    <section class="notice warning" aria-labelledby="fix-title">
      <h2 id="fix-title" class="notice-title">
        {fill(catalogTexts().apply.fixTitle, { number: props.fix.number })}
      </h2>
      <p>{fill(catalogTexts().apply.fixRefused, { reason: reasonText(props.fix.reason, 'inline') })}</p>
      <Show when={props.fix.comment}>{(comment) => <p>{fill(catalogTexts().apply.fixComment, { comment: comment() })}</p>}</Show>
      <p>{advice(props.service, props.fix)}</p>
      <p>
        <Link to="/applications/$applicationId" params={{ applicationId: props.fix.caseId }}>
          {catalogTexts().apply.fixOriginal}
        </Link>
      </p>
    </section>
  );
}
