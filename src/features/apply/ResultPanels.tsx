// What the citizen does with a ready result: download the signed document, show the pickup ticket at
// the office, or follow the post.
import { Link } from '../../ui/Link';
import { createSignal, For, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { markReceived, readResult, readResultPdf } from './casesApi';
import { downloadBlob } from '../../ui/downloadBlob';
import { QrCode } from '../../ui/QrCode';
import { officeText } from './officeRows';
import { casesTexts } from '../../i18n/lazy/cases';

export function ElectronicResult(props: { app: ApplicationView; now: number; onChange: (app: ApplicationView) => void }) {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const expired = () => props.app.validUntil !== undefined && props.app.validUntil <= props.now;
  const download = async () => {
    setBusy(true);
    setProblem('');
    try {
      // The authority makes and seals the file: a PDF made on the page could not carry its signature.
      const [{ number }, blob] = await Promise.all([readResult(props.app.id), readResultPdf(props.app.id)]);
      downloadBlob(new Blob([blob], { type: 'application/pdf' }), `${number}.pdf`);
      if (props.app.status === 'ready') props.onChange(await markReceived(props.app.id));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card todo" aria-labelledby="result-title">
      <h2 id="result-title">{casesTexts().cases.electronicTitle}</h2>
      <p>{casesTexts().cases.electronicLead}</p>
      <Show when={props.app.validUntil}>
        {(until) => (
          <p>
            {expired()
              ? fill(casesTexts().cases.expired, { date: formatDateTime(until()) })
              : fill(casesTexts().cases.validUntil, { date: formatDateTime(until()) })}
          </p>
        )}
      </Show>
      <button type="button" class="button" disabled={busy()} onClick={() => void download()}>
        {busy() ? casesTexts().cases.preparing : casesTexts().cases.download}
      </button>{' '}
      <Link to="/verify">{casesTexts().cases.verifyLink}</Link>
      <Show when={problem()}>
        <p class="notice error" role="alert">
          {problem()}
        </p>
      </Show>
    </section>
  );
}

export function PickupTicket(props: { app: ApplicationView }) {
  return (
    <section class="card todo ticket" aria-labelledby="pickup-title">
      <h2 id="pickup-title">{casesTexts().cases.pickupTitle}</h2>
      <Show when={officeText(props.app.resultOfficeId)}>
        {(office) => (
          <p>
            <strong>{fill(casesTexts().cases.pickupOffice, { office: office() })}</strong>
          </p>
        )}
      </Show>
      <p>{fill(casesTexts().cases.pickupLead, { deadline: formatDateTime(props.app.pickupDeadline ?? props.app.updatedAt) })}</p>
      <QrCode text={`OKNO-PICKUP.${props.app.number}`} label={fill(casesTexts().cases.ticketLabel, { number: props.app.number })} />
      <p class="reference">{props.app.number}</p>
    </section>
  );
}

export function PostTracking(props: { app: ApplicationView }) {
  return (
    <section class="card todo" aria-labelledby="post-title">
      <h2 id="post-title">{casesTexts().cases.postTitle}</h2>
      <ol>
        <For each={props.app.tracking}>
          {(stage) => (
            <li>
              {formatDateTime(stage.at)} —{' '}
              {casesTexts().cases.postStages[stage.stage as keyof ReturnType<typeof casesTexts>['cases']['postStages']] ?? stage.stage}
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
