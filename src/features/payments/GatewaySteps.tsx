// The steps the gateway may ask for after «Оплатить»: a one-time code (3-D Secure or mobile balance),
// the online bank's own confirmation screen, or an order number and QR for a terminal.
import { createEffect, on, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { formatMoney } from '../../domain/money';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { CodeStep } from '../../ui/CodeStep';
import { QrCode } from '../../ui/QrCode';
import type { PayFlow, Stage } from './createPayFlow';
import { payTexts } from '../../i18n/lazy/pay';

const title = (text: string) => (
  <h2 id="pay-stage-title" tabindex="-1">
    {text}
  </h2>
);

function OtherMethod(props: { flow: PayFlow }) {
  return (
    <button type="button" class="button secondary" onClick={() => props.flow.back()}>
      {payTexts().pay.otherMethod}
    </button>
  );
}

export function CodeScreen(props: { flow: PayFlow; stage: Extract<Stage, { name: 'code' }>; card: boolean }) {
  return (
    <section class="card" aria-labelledby="pay-stage-title">
      {title(props.card ? payTexts().pay.secureTitle : payTexts().pay.mobileTitle)}
      <p>{props.card ? payTexts().pay.secureLead : payTexts().pay.mobileLead}</p>
      <CodeStep ticket={props.stage.ticket} onVerify={props.flow.confirmCode} onResend={props.flow.resend} />
      <OtherMethod flow={props.flow} />
    </section>
  );
}

export function BankScreen(props: { flow: PayFlow; stage: Extract<Stage, { name: 'redirect' }> }) {
  const amount = () => formatMoney(props.flow.invoice().amountKopecks, locale());
  return (
    <section class="card" aria-labelledby="pay-stage-title">
      {title(payTexts().pay.banks[props.stage.bank])}
      <p>{fill(payTexts().pay.bankLead, { bank: payTexts().pay.banks[props.stage.bank] })}</p>
      <p>{fill(payTexts().pay.bankQuestion, { amount: amount(), payee: props.flow.invoice().payee.name })}</p>
      <div class="button-row">
        <button type="button" class="button" disabled={props.flow.busy()} onClick={() => props.flow.answerBank(true)}>
          {payTexts().pay.bankApprove}
        </button>
        <button type="button" class="button secondary" disabled={props.flow.busy()} onClick={() => props.flow.answerBank(false)}>
          {payTexts().pay.bankCancel}
        </button>
      </div>
    </section>
  );
}

export function TerminalScreen(props: { flow: PayFlow; stage: Extract<Stage, { name: 'terminal' }> }) {
  // The terminal reports to the server, which tells open pages; then the invoice is read again.
  createEffect(on(lastPull, () => void props.flow.recheck(), { defer: true }));
  return (
    <section class="card ticket" aria-labelledby="pay-stage-title">
      {title(payTexts().pay.terminalTitle)}
      <p>
        {payTexts().pay.orderNumber} <strong class="reference">{props.stage.orderNumber}</strong>
      </p>
      <QrCode text={props.stage.qrPayload} label={fill(payTexts().pay.qrLabel, { number: props.stage.orderNumber })} />
      <p>{fill(payTexts().pay.terminalLead, { until: formatDateTime(props.stage.expiresAt) })}</p>
      <Show when={props.flow.failure()}>
        <p class="notice error" role="alert">
          {props.flow.failure()}
        </p>
      </Show>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void props.flow.recheck()}>
          {payTexts().pay.checkStatus}
        </button>
        <OtherMethod flow={props.flow} />
      </div>
    </section>
  );
}
