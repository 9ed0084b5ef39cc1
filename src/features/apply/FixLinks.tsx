// The facts that tie a corrected application and the refused one it corrects, both ways.
import { Link } from '../../ui/Link';
import { Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { casesTexts } from '../../i18n/lazy/cases';

export function FixLinks(props: { app: ApplicationView }) {
  return (
    <>
      <Show when={props.app.fixes}>
        {(link) => (
          <>
            <dt>{casesTexts().cases.fixesLabel}</dt>
            <dd>
              <Link to="/applications/$applicationId" params={{ applicationId: link().id }} class="reference">
                {link().number}
              </Link>
            </dd>
          </>
        )}
      </Show>
      <Show when={props.app.fixedBy}>
        {(link) => (
          <>
            <dt>{casesTexts().cases.fixedByLabel}</dt>
            <dd>
              <Link to="/applications/$applicationId" params={{ applicationId: link().id }} class="reference">
                {link().number}
              </Link>
            </dd>
          </>
        )}
      </Show>
    </>
  );
}
