// How a payment ended or waits: «Оплачено» with the receipt's summary, or a payment whose bank has not
// answered yet (checked again until it settles; it is never charged twice).
import { Link } from '../../ui/Link';
import { onCleanup, Show } from 'solid-js';
import type { ReceiptView } from '../../domain/payments/api';
import { formatMoney } from '../../domain/money';
import { formatDateTime, locale } from '../../i18n/i18n';
import type { PayFlow } from './createPayFlow';
import { payTexts } from '../../i18n/lazy/pay';

/** How often a payment waiting for its bank is checked again (real ms; the bank answers in 60 simulated s). */
const RECHECK_MS = 5_000;

export function ProcessingScreen(props: { flow: PayFlow }) {
  const timer = setInterval(() => void props.flow.recheck(), RECHECK_MS);
  onCleanup(() => clearInterval(timer));
  return (
    <section class="card todo" aria-labelledby="pay-stage-title">
      <h2 id="pay-stage-title" tabindex="-1">
        {payTexts().pay.processingTitle}
      </h2>
      <p class="notice" role="status">
        {payTexts().pay.processingLead}
      </p>
      <Show when={props.flow.invoice().retryAt}>{(at) => <p>{`${payTexts().pay.processingUntil} ${formatDateTime(at())}`}</p>}</Show>
      <button type="button" class="button" onClick={() => void props.flow.recheck()}>
        {payTexts().pay.checkStatus}
      </button>
    </section>
  );
}

export function PaidScreen(props: { receipt: ReceiptView | null }) {
  const money = (kopecks: number) => formatMoney(kopecks, locale());
  return (
    <section class="card" aria-labelledby="pay-stage-title">
      <h2 id="pay-stage-title" tabindex="-1">
        {payTexts().pay.paidTitle}
      </h2>
      <p class="notice success" role="status">
        {payTexts().pay.paidLead}
      </p>
      <Show when={props.receipt}>
        {(receipt) => (
          <dl class="facts">
            <dt>{payTexts().pay.amount}</dt>
            <dd>{money(receipt().amountKopecks)}</dd>
            <dt>{payTexts().pay.commissionTerm}</dt>
            <dd>{money(receipt().commissionKopecks)}</dd>
            <dt>{payTexts().pay.totalTerm}</dt>
            <dd>{money(receipt().totalKopecks)}</dd>
            <dt>{payTexts().pay.paidAt}</dt>
            <dd>{formatDateTime(receipt().paidAt)}</dd>
            <dt>{payTexts().pay.methodTerm}</dt>
            <dd>{receipt().methodDetail}</dd>
            <dt>{payTexts().pay.transactionId}</dt>
            <dd class="reference">{receipt().transactionId}</dd>
          </dl>
        )}
      </Show>
      <Link to="/payments">{payTexts().pay.receiptsLink}</Link>
    </section>
  );
}
