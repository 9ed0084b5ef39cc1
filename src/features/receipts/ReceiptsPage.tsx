// «Мои платежи»: every receipt with filters kept in the URL and the sum for the period, the archive on
// request, and the refund requests with their status. Loads once, filters on the device.
import { useNavigate } from '@tanstack/solid-router';
import { createMemo, createResource, onCleanup, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import type { AccountView } from '../../domain/account';
import { formatMoney } from '../../domain/money';
import { fill, locale, t, loadTexts } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { Page } from '../../ui/Page';
import { settled } from '../../ui/settled';
import { useAccount } from '../../ui/signedIn';
import { followReceiptChanges, listRefunds, loadReceipts } from './receiptsApi';
import { ReceiptsFilters } from './ReceiptsFilters';
import { ReceiptsList } from './ReceiptsList';
import { filterReceipts, periodSum, type ReceiptsSearch } from './receiptsQuery';
import { RefundsList } from './RefundsList';

await loadTexts('receipts');

function Receipts(props: { account: () => AccountView; search: ReceiptsSearch }) {
  const navigate = useNavigate();
  onCleanup(followReceiptChanges(props.account().id));
  const [loaded] = createResource(() => [props.account().id, lastPull()] as const, ([accountId]) => loadReceipts(accountId));
  const [refunds] = createResource(() => lastPull() + 1, () => listRefunds());
  const all = () => settled(loaded)?.receipts ?? [];
  const shown = createMemo(() => filterReceipts(all(), props.search));
  const sum = createMemo(() => periodSum(shown()));
  const refundByReceipt = createMemo(() => new Map((settled(refunds) ?? []).map((refund) => [refund.receiptId, refund])));
  const update = (patch: Partial<ReceiptsSearch>) =>
    void navigate({ from: '/payments', to: '/payments', search: (prev: ReceiptsSearch) => ({ ...prev, ...patch }), replace: true });

  return (
    <Page title={t().receipts.title} lead={t().receipts.lead}>
      <Show when={loaded.error}>
        <p class="notice error" role="alert">{errorText(loaded.error)}</p>
      </Show>
      <Show when={settled(loaded)} fallback={<Show when={!loaded.error}><p role="status">{t().receipts.loading}</p></Show>}>
        {(data) => (
          <>
            <Show when={data().offline}>
              <p class="notice">{t().receipts.offlineNote}</p>
            </Show>
            <Show when={!data().offline && data().receipts.some((r) => r.fromDevice)}>
              <p class="notice">{t().receipts.fromDeviceNote}</p>
            </Show>
            <Show when={data().receipts.length} fallback={<p>{t().receipts.none}</p>}>
              <ReceiptsFilters
                search={props.search}
                found={shown().length}
                onChange={update}
                onReset={() => void navigate({ to: '/payments', search: props.search.archive ? { archive: true } : {}, replace: true })}
              />
              <p class="total" role="status" aria-live="polite">
                <strong>{fill(t().receipts.total, { sum: formatMoney(sum(), locale()) })}</strong>
              </p>
              <div class="button-row">
                <button type="button" class="button secondary small" aria-describedby="receipts-archive-hint" onClick={() => update({ archive: props.search.archive ? undefined : true })}>
                  {props.search.archive ? t().receipts.hideArchive : t().receipts.showArchive}
                </button>
              </div>
              <p class="hint" id="receipts-archive-hint">{t().receipts.archiveHint}</p>
              <Show when={shown().length} fallback={<p>{t().receipts.noneFound}</p>}>
                <ReceiptsList receipts={shown()} refunds={refundByReceipt()} />
              </Show>
            </Show>
          </>
        )}
      </Show>
      <RefundsList refunds={settled(refunds)} error={refunds.error} receipts={all()} />
    </Page>
  );
}

export default function ReceiptsPage(props: { search: ReceiptsSearch }) {
  return <Receipts account={useAccount()} search={props.search} />;
}
