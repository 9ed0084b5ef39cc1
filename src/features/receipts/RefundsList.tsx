// The refund requests on «Мои платежи»: what is paid back, why, and where it stands on its way from
// «Возврат запрошен» through «Возврат одобрен» to «Деньги возвращены».
import { Link } from '../../ui/Link';
import { For, Show } from 'solid-js';
import { formatMoney } from '../../domain/money';
import type { RefundView } from '../../domain/payments/api';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import type { ListedReceipt } from './receiptsQuery';
import { receiptsTexts } from '../../i18n/lazy/receipts';

export function refundDates(refund: RefundView): string {
  return fill(receiptsTexts().receipts.refundDates, {
    requested: formatDateTime(refund.requestedAt),
    approved: formatDateTime(refund.approvedAt),
    paidBack: formatDateTime(refund.paidBackAt),
  });
}

export function RefundsList(props: { refunds: RefundView[] | undefined; error: unknown; receipts: ListedReceipt[] }) {
  const purpose = (receiptId: string) => props.receipts.find((r) => r.id === receiptId)?.purpose[locale()] ?? receiptsTexts().receipts.refundOf;
  return (
    <section class="card" aria-labelledby="refunds-title">
      <h2 id="refunds-title">{receiptsTexts().receipts.refundsTitle}</h2>
      <Show when={props.error}>
        <p class="notice error" role="alert">
          {errorText(props.error)}
        </p>
      </Show>
      <Show when={props.refunds}>
        {(refunds) => (
          <Show when={refunds().length} fallback={<p>{receiptsTexts().receipts.noRefunds}</p>}>
            <ul class="notice-list" aria-label={receiptsTexts().receipts.refundsLabel}>
              <For each={refunds()}>
                {(refund) => (
                  <li>
                    <Link to="/payments/$receiptId" params={{ receiptId: refund.receiptId }}>
                      {purpose(refund.receiptId)}
                    </Link>
                    <p>
                      {fill(receiptsTexts().receipts.refundRow, {
                        amount: formatMoney(refund.amountKopecks, locale()),
                        reason: receiptsTexts().receipts.reasons[refund.reason],
                      })}{' '}
                      <span class={`pill status-refund-${refund.status}`}>{receiptsTexts().receipts.statuses[refund.status]}</span>
                    </p>
                    <p class="meta">{refundDates(refund)}</p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
