// One receipt: the payment, the payer, the payee with its bank details, the linked application, the UIN
// of a fine; its PDF, sending it by e-mail, and «Вернуть деньги» or where its refund stands.
import { Link } from '../../ui/Link';
import { createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listRefunds } from '../../client/repos/refundsRepo';
import type { AccountView } from '../../domain/account';
import { formatMoney } from '../../domain/money';
import type { RefundView } from '../../domain/payments/api';
import { fill, formatDateTime, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { isMissing, MissingItem } from '../../ui/MissingItem';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { ReceiptActions } from './ReceiptActions';
import { readReceipt } from './receiptsApi';
import { receiptStatus } from './ReceiptsList';
import type { ListedReceipt } from './receiptsQuery';
import { RefundOffer } from './RefundForm';
import { refundDates } from './RefundsList';
import { receiptsTexts } from '../../i18n/lazy/receipts';

type Fact = [label: string, value: string | undefined];

function Facts(props: { title: string; id: string; facts: Fact[] }) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <dl class="facts">
        <For each={props.facts.filter(([, value]) => value)}>
          {([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}

function ReceiptDetails(props: {
  accountId: string;
  receipt: ListedReceipt;
  refund: RefundView | undefined;
  onRefund: (refund: RefundView) => void;
}) {
  const f = () => receiptsTexts().receipts.fields;
  const money = (kopecks: number) => formatMoney(kopecks, locale());
  const r = () => props.receipt;
  return (
    <>
      <Show when={r().fromDevice}>
        <p class="notice">{receiptsTexts().receipts.fromDevice}</p>
      </Show>
      <Facts
        title={receiptsTexts().receipts.paymentTitle}
        id="receipt-payment"
        facts={[
          [f().kind, receiptsTexts().receipts.kinds[r().kind]],
          [f().purpose, r().purpose[locale()]],
          [f().amount, money(r().amountKopecks)],
          [f().commission, money(r().commissionKopecks)],
          [f().total, money(r().totalKopecks)],
          [f().paidAt, formatDateTime(r().paidAt)],
          [f().transactionId, r().transactionId],
          [f().method, r().methodDetail],
          [f().uin, r().uins?.join(', ')],
          [f().status, receiptStatus(props.refund)],
        ]}
      />
      <Show when={r().applicationId}>
        <p>
          {f().application}:{' '}
          <Link to="/applications/$applicationId" params={{ applicationId: r().applicationId! }} search={{}}>
            {fill(receiptsTexts().receipts.applicationLink, { number: r().applicationNumber ?? r().applicationId! })}
          </Link>
        </p>
      </Show>
      <Facts
        title={receiptsTexts().receipts.payerTitle}
        id="receipt-payer"
        facts={[
          [f().payer, r().payer.name],
          [f().payerInn, r().payer.inn],
          [f().phone, r().payer.phone],
        ]}
      />
      <Facts
        title={receiptsTexts().receipts.payeeTitle}
        id="receipt-payee"
        facts={[
          [f().payee, r().payee.name],
          [f().payeeInn, r().payee.inn],
          [f().kpp, r().payee.kpp],
          [f().bankName, r().payee.bankName],
          [f().bik, r().payee.bik],
          [f().treasuryAccount, r().payee.treasuryAccount],
          [f().bankAccount, r().payee.bankAccount],
          [f().kbk, r().payee.kbk],
          [f().oktmo, r().payee.oktmo],
        ]}
      />
      <ReceiptActions receipt={r()} />
      <Show
        when={props.refund}
        fallback={
          <Show when={!r().fromDevice && !r().refundId}>
            <RefundOffer accountId={props.accountId} receipt={r()} onRequested={props.onRefund} />
          </Show>
        }
      >
        {(refund) => (
          <section class="card" aria-labelledby="refund-title">
            <h2 id="refund-title">{receiptsTexts().receipts.refundTitle}</h2>
            <p role="status">
              <span class="pill">{receiptsTexts().receipts.statuses[refund().status]}</span> {receiptsTexts().receipts.reasons[refund().reason]}
            </p>
            <p class="meta">{refundDates(refund())}</p>
          </section>
        )}
      </Show>
    </>
  );
}

function Receipt(props: { account: () => AccountView; id: string }) {
  const receipt = createLiveQuery(() => readReceipt(props.account().id, props.id));
  const refunds = createLiveQuery(() => listRefunds(props.account().id));
  const refund = () => refunds.value()?.find((item) => item.receiptId === props.id);
  const [justRequested, setJustRequested] = createSignal(false);
  const onRefund = (_created: RefundView) => setJustRequested(true); // requestRefund mirrored it already
  return (
    <Show when={!isMissing(receipt)} fallback={<MissingItem kind="receipt" />}>
      <Page title={receiptsTexts().receipts.receiptTitle}>
        <p>
          <Link to="/payments" search={{}}>
            {receiptsTexts().receipts.back}
          </Link>
        </p>
        <Show when={receipt.error()}>
          <p class="notice error" role="alert">
            {errorText(receipt.error())}
          </p>
        </Show>
        <Show when={justRequested()}>
          <p class="notice success" role="status">
            {receiptsTexts().receipts.refundSent}
          </p>
        </Show>
        <Show
          when={!receipt.loading()}
          fallback={
            <Show when={!receipt.error()}>
              <p role="status">{receiptsTexts().receipts.loading}</p>
            </Show>
          }
        >
          <Show when={receipt.value()}>
            {(found) => <ReceiptDetails accountId={props.account().id} receipt={found()} refund={refund()} onRefund={onRefund} />}
          </Show>
        </Show>
      </Page>
    </Show>
  );
}

export default function ReceiptPage(props: { id: string }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Receipt account={account} id={props.id} />;
}
