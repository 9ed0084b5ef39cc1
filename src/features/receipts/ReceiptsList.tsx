// The receipts as a virtualized list: only the rows in view are in the DOM, so 5,000 receipts render as
// fast as ten. Each row still tells assistive tech its place in the whole.
import { Link } from '../../ui/Link';
import { createVirtualizer } from '@tanstack/solid-virtual';
import { measureRow } from '../../ui/measureRow';
import { For, Show } from 'solid-js';
import { formatMoney } from '../../domain/money';
import type { RefundView } from '../../domain/payments/api';
import { formatDateTime, locale } from '../../i18n/i18n';
import type { ListedReceipt } from './receiptsQuery';
import { receiptsTexts } from '../../i18n/lazy/receipts';

/** A row's height before it is measured (.case-row's min-height in styles.css), and the space between rows. */
const ROW_HEIGHT = 84;
const ROW_GAP = 8;

/** «Оплачено», or where its refund stands. */
export function receiptStatus(refund: RefundView | undefined): string {
  return receiptsTexts().receipts.statuses[refund?.status ?? 'paid'];
}

export function ReceiptsList(props: { receipts: ListedReceipt[]; refunds: ReadonlyMap<string, RefundView> }) {
  let scroller: HTMLDivElement | undefined;
  const virtualizer = createVirtualizer({
    get count() {
      return props.receipts.length;
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => ROW_HEIGHT,
    gap: ROW_GAP,
    overscan: 6,
  });
  return (
    // A short list shrinks to its rows instead of leaving an empty scroll box below them.
    <div ref={scroller} class="case-scroller" tabIndex={-1} style={{ height: `min(70vh, 40rem, ${virtualizer.getTotalSize() + 2}px)` }}>
      <ul class="case-list" aria-label={receiptsTexts().receipts.listLabel} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        <For each={virtualizer.getVirtualItems()}>
          {(item) => (
            // A shrinking list can briefly hold rows past its new end; they render nothing.
            <Show when={props.receipts[item.index]}>
              {(receipt) => (
                <li
                  class="case-row"
                  ref={(element) => measureRow(virtualizer, element, () => item.index)}
                  aria-setsize={props.receipts.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <Link to="/payments/$receiptId" params={{ receiptId: receipt().id }} class="case-title">
                    {receipt().purpose[locale()]}
                  </Link>
                  <p class="meta">
                    {receiptsTexts().receipts.kinds[receipt().kind]} · <strong>{formatMoney(receipt().amountKopecks, locale())}</strong> ·{' '}
                    {formatDateTime(receipt().paidAt)} · {receiptStatus(props.refunds.get(receipt().id))}
                    <Show when={receipt().archived}> · {receiptsTexts().receipts.archived}</Show>
                    <Show when={receipt().fromDevice}> · {receiptsTexts().receipts.fromDevice}</Show>
                  </p>
                </li>
              )}
            </Show>
          )}
        </For>
      </ul>
    </div>
  );
}
