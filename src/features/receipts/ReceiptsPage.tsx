// «Мои платежи»: every receipt with filters kept in the URL and the sum for the period, the archive on
// request, and the refund requests with their status. Reads the device's mirrors with live queries (the
// change feed keeps them current), filters on the device.
import { useNavigate } from '@tanstack/solid-router';
import { createMemo, Show } from 'solid-js';
import { serverReachable } from '../../client/changeFeed';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listPayments } from '../../client/repos/paymentsRepo';
import { listRefunds } from '../../client/repos/refundsRepo';
import type { AccountView } from '../../domain/account';
import { formatMoney } from '../../domain/money';
import { fill, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { listReceipts } from './receiptsApi';
import { DuePayments } from './DuePayments';
import { ReceiptsFilters } from './ReceiptsFilters';
import { ReceiptsList } from './ReceiptsList';
import { filterReceipts, periodSum, type ReceiptsSearch } from './receiptsQuery';
import { RefundsList } from './RefundsList';
import { receiptsTexts } from '../../i18n/lazy/receipts';

function Receipts(props: { account: () => AccountView; search: ReceiptsSearch }) {
  const navigate = useNavigate();
  const loaded = createLiveQuery(() => listReceipts(props.account().id));
  const refunds = createLiveQuery(() => listRefunds(props.account().id));
  const invoices = createLiveQuery(() => listPayments(props.account().id));
  const all = () => loaded.value() ?? [];
  const shown = createMemo(() => filterReceipts(all(), props.search));
  const sum = createMemo(() => periodSum(shown()));
  const refundByReceipt = createMemo(() => new Map((refunds.value() ?? []).map((refund) => [refund.receiptId, refund])));
  const update = (patch: Partial<ReceiptsSearch>) =>
    void navigate({ from: '/payments', to: '/payments', search: (prev: ReceiptsSearch) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={receiptsTexts().receipts.title} lead={receiptsTexts().receipts.lead}>
      <DuePayments invoices={invoices.value()} />
      <Show when={loaded.error()}>
        <p class="notice error" role="alert">
          {errorText(loaded.error())}
        </p>
      </Show>
      <Show
        when={loaded.value()}
        fallback={
          <Show when={!loaded.error()}>
            <p role="status">{receiptsTexts().receipts.loading}</p>
          </Show>
        }
      >
        {(receipts) => (
          <>
            <Show when={!serverReachable()}>
              <p class="notice">{receiptsTexts().receipts.offlineNote}</p>
            </Show>
            <Show when={serverReachable() && receipts().some((r) => r.fromDevice)}>
              <p class="notice">{receiptsTexts().receipts.fromDeviceNote}</p>
            </Show>
            <Show when={receipts().length} fallback={<p>{receiptsTexts().receipts.none}</p>}>
              <ReceiptsFilters
                search={props.search}
                found={shown().length}
                onChange={update}
                onReset={() => void navigate({ to: '/payments', search: props.search.archive ? { archive: true } : {}, replace: true })}
              />
              <p class="total" role="status" aria-live="polite">
                <strong>{fill(receiptsTexts().receipts.total, { sum: formatMoney(sum(), locale()) })}</strong>
              </p>
              <div class="button-row">
                <button
                  type="button"
                  class="button secondary small"
                  aria-describedby="receipts-archive-hint"
                  onClick={() => update({ archive: props.search.archive ? undefined : true })}
                >
                  {props.search.archive ? receiptsTexts().receipts.hideArchive : receiptsTexts().receipts.showArchive}
                </button>
              </div>
              <p class="hint" id="receipts-archive-hint">
                {receiptsTexts().receipts.archiveHint}
              </p>
              <Show when={shown().length} fallback={<p>{receiptsTexts().receipts.noneFound}</p>}>
                <ReceiptsList receipts={shown()} refunds={refundByReceipt()} />
              </Show>
            </Show>
          </>
        )}
      </Show>
      <RefundsList refunds={refunds.value()} error={refunds.error()} receipts={all()} />
    </Page>
  );
}

export default function ReceiptsPage(props: { search: ReceiptsSearch }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Receipts account={account} search={props.search} />;
}
