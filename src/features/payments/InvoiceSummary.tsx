// What is being paid: the amount (and the discount, for fines), the purpose, and the payee with the
// bank details a receipt will carry.
import { For, Show } from 'solid-js';
import type { InvoiceView } from '../../domain/payments/api';
import { formatMoney } from '../../domain/money';
import { fill, locale } from '../../i18n/i18n';
import { payTexts } from '../../i18n/lazy/pay';

export function InvoiceSummary(props: { invoice: InvoiceView }) {
  const money = (kopecks: number) => formatMoney(kopecks, locale());
  const payee = () => props.invoice.payee;
  return (
    <section class="card" aria-labelledby="invoice-title">
      <h2 id="invoice-title">{payTexts().pay.invoiceTitle}</h2>
      <dl class="facts">
        <dt>{payTexts().pay.amount}</dt>
        <dd>
          <strong>{money(props.invoice.amountKopecks)}</strong>
          <Show when={props.invoice.discountKopecks > 0}>
            {' '}
            {fill(payTexts().pay.discounted, { base: money(props.invoice.baseAmountKopecks), discount: money(props.invoice.discountKopecks) })}
          </Show>
        </dd>
        <dt>{payTexts().pay.purpose}</dt>
        <dd>{props.invoice.purpose[locale()]}</dd>
        <Show when={props.invoice.uins?.length}>
          <dt>{payTexts().pay.uins}</dt>
          <dd>
            <For each={props.invoice.uins}>
              {(uin, i) => (
                <>
                  {i() > 0 ? ', ' : ''}
                  <span class="reference">{uin}</span>
                </>
              )}
            </For>
          </dd>
        </Show>
        <dt>{payTexts().pay.payee}</dt>
        <dd>{payee().name}</dd>
      </dl>
      <details>
        <summary>{payTexts().pay.payeeDetails}</summary>
        <dl class="facts">
          <dt>{payTexts().pay.innKpp}</dt>
          <dd>
            {payee().inn} / {payee().kpp}
          </dd>
          <dt>{payTexts().pay.bank}</dt>
          <dd>{fill(payTexts().pay.bankLine, { name: payee().bankName, bik: payee().bik })}</dd>
          <dt>{payTexts().pay.treasuryAccount}</dt>
          <dd>{payee().treasuryAccount}</dd>
          <dt>{payTexts().pay.bankAccount}</dt>
          <dd>{payee().bankAccount}</dd>
          <dt>{payTexts().pay.kbk}</dt>
          <dd>{payee().kbk}</dd>
          <dt>{payTexts().pay.oktmo}</dt>
          <dd>{payee().oktmo}</dd>
        </dl>
      </details>
    </section>
  );
}
