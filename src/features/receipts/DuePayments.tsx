// «К оплате» on «Мои платежи»: the account's invoices not paid yet, as the device's mirror holds them
// (a fee of an application, a fine the person chose to pay), each with its way to pay; and the way to
// look up fines, which are found by their resolution number or a driving licence.
import { Link } from '../../ui/Link';
import { For, Show } from 'solid-js';
import { formatMoney } from '../../domain/money';
import type { InvoiceView } from '../../domain/payments/api';
import { fill, locale } from '../../i18n/i18n';
import { receiptsTexts } from '../../i18n/lazy/receipts';

export function DuePayments(props: { invoices: InvoiceView[] | undefined }) {
  const texts = () => receiptsTexts().due;
  const action = (invoice: InvoiceView) => (invoice.status === 'processing' ? texts().check : texts().pay);
  const due = () => (props.invoices ?? []).filter((invoice) => invoice.status !== 'paid');
  return (
    <section class="card" aria-labelledby="due-title">
      <h2 id="due-title">{texts().title}</h2>
      <Show when={props.invoices}>
        <Show when={due().length} fallback={<p>{texts().none}</p>}>
          <ul class="notice-list" aria-label={texts().listLabel}>
            <For each={due()}>
              {(invoice) => (
                <li>
                  <p>
                    <strong>{invoice.purpose[locale()]}</strong>
                  </p>
                  <p>
                    {receiptsTexts().receipts.kinds[invoice.kind]} · {formatMoney(invoice.amountKopecks, locale())}
                    {invoice.status === 'processing' ? ` · ${texts().processing}` : ''}
                  </p>
                  <Link
                    to="/pay/$invoiceId"
                    params={{ invoiceId: invoice.id }}
                    search={{ back: '/payments' }}
                    class="button small"
                    aria-label={fill(texts().payLabel, { action: action(invoice), purpose: invoice.purpose[locale()] })}
                  >
                    {action(invoice)}
                  </Link>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <p>
        <Link to="/fines">{texts().findFines}</Link>
      </p>
    </section>
  );
}
