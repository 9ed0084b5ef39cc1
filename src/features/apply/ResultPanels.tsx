// What the citizen does with a ready result: download the signed document, show the pickup ticket at
// the office, or follow the post.
import { Link } from '@tanstack/solid-router';
import { createSignal, For, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { markReceived, readResult, readResultPdf } from './casesApi';
import { downloadBlob } from '../../ui/downloadBlob';
import { QrCode } from '../../ui/QrCode';
import { officeText } from './officeRows';

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
      <h2 id="result-title">{t().cases.electronicTitle}</h2>
      <p>{t().cases.electronicLead}</p>
      <Show when={props.app.validUntil}>
        {(until) => <p>{expired() ? fill(t().cases.expired, { date: formatDateTime(until()) }) : fill(t().cases.validUntil, { date: formatDateTime(until()) })}</p>}
      </Show>
      <button type="button" class="button" disabled={busy()} onClick={() => void download()}>
        {busy() ? t().cases.preparing : t().cases.download}
      </button>{' '}
      <Link to="/verify">{t().cases.verifyLink}</Link>
      <Show when={problem()}>
        <p class="notice error" role="alert">{problem()}</p>
      </Show>
    </section>
  );
}

export function PickupTicket(props: { app: ApplicationView }) {
  return (
    <section class="card todo ticket" aria-labelledby="pickup-title">
      <h2 id="pickup-title">{t().cases.pickupTitle}</h2>
      <Show when={officeText(props.app.resultOfficeId)}>{(office) => <p><strong>{fill(t().cases.pickupOffice, { office: office() })}</strong></p>}</Show>
      <p>{fill(t().cases.pickupLead, { deadline: formatDateTime(props.app.pickupDeadline ?? props.app.updatedAt) })}</p>
      <QrCode text={`OKNO-PICKUP.${props.app.number}`} label={fill(t().cases.ticketLabel, { number: props.app.number })} />
      <p class="reference">{props.app.number}</p>
    </section>
  );
}

export function PostTracking(props: { app: ApplicationView }) {
  return (
    <section class="card todo" aria-labelledby="post-title">
      <h2 id="post-title">{t().cases.postTitle}</h2>
      <ol>
        <For each={props.app.tracking}>
          {(stage) => (
            <li>
              {formatDateTime(stage.at)} — {t().cases.postStages[stage.stage as keyof ReturnType<typeof t>['cases']['postStages']] ?? stage.stage}
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
