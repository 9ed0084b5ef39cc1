// How the application was confirmed: with the account's electronic signature (by which key, over which
// digest of its content) or with the SMS code.
import { Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill } from '../../i18n/i18n';
import { casesTexts } from '../../i18n/lazy/cases';

export function CaseSignature(props: { app: ApplicationView }) {
  return (
    <>
      <dt>{casesTexts().cases.confirmedBy}</dt>
      <Show when={props.app.signedWith} fallback={<dd>{casesTexts().cases.confirmedBySms}</dd>}>
        {(signed) => (
          <dd>
            {casesTexts().cases.confirmedBySignature}{' '}
            <span class="reference">{fill(casesTexts().cases.signatureFingerprint, { fingerprint: signed().fingerprint })}</span>
          </dd>
        )}
      </Show>
    </>
  );
}
