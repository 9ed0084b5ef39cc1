// Choosing how to pay, with each method's commission, and the chosen method's fields. The form is made
// by the pay page (createMethodForm) so that whatever was typed outlives a failed try or a code step.
import { createEffect, Match, on, Show, Switch } from 'solid-js';
import type * as v from 'valibot';
import { formatMoney } from '../../domain/money';
import { ONLINE_BANKS, PAYMENT_METHODS, PayRequestSchema, type InvoiceView, type PaymentMethod, type PayRequest } from '../../domain/payments/api';
import { fill, locale } from '../../i18n/i18n';
import { RadioField } from '../../ui/form/ChoiceField';
import { createForm, type Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { CardFields } from './CardFields';
import { METHOD_FIELDS, METHOD_KEY, toPayRequest } from './payRequest';
import { payTexts } from '../../i18n/lazy/pay';

export function createMethodForm(phone: string): Form {
  const initial = { [METHOD_KEY]: 'card', 'card.number': '', 'card.expiry': '', 'card.cvc': '', 'card.holder': '', wallet: '', bank: '', phone };
  const form: Form = createForm({
    schema: () => PayRequestSchema,
    initial,
    order: () => [METHOD_KEY, ...METHOD_FIELDS[form.values[METHOD_KEY] as PaymentMethod]],
    prepare: toPayRequest,
  });
  // Another method's errors mean nothing once it is not chosen; its typed values stay.
  createEffect(
    on(
      () => form.values[METHOD_KEY],
      () => form.reset({ ...form.values }),
      { defer: true },
    ),
  );
  return form;
}

export function MethodForm(props: { form: Form; invoice: InvoiceView; busy: boolean; onPay: (request: PayRequest) => void }) {
  const money = (kopecks: number) => formatMoney(kopecks, locale());
  const method = () => props.form.values[METHOD_KEY] as PaymentMethod;
  const commission = () => props.invoice.commissions[method()] ?? 0;
  const optionLabel = (m: PaymentMethod) => {
    const fee = props.invoice.commissions[m] ?? 0;
    return `${payTexts().pay.methods[m]} — ${fee ? fill(payTexts().pay.commission, { amount: money(fee) }) : payTexts().pay.noCommission}`;
  };
  const labels = (): Record<string, string> => ({
    [METHOD_KEY]: payTexts().pay.methodLegend,
    'card.number': payTexts().pay.cardNumber,
    'card.expiry': payTexts().pay.cardExpiry,
    'card.cvc': payTexts().pay.cardCvc,
    'card.holder': payTexts().pay.cardHolder,
    wallet: payTexts().pay.wallet,
    bank: payTexts().pay.bankChoice,
    phone: payTexts().pay.mobilePhone,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const output = props.form.submit() as v.InferOutput<typeof PayRequestSchema> | null;
    if (output) props.onPay(output);
  };
  return (
    <form onSubmit={submit} novalidate aria-labelledby="method-title">
      <h2 id="method-title">{payTexts().pay.methodTitle}</h2>
      <ErrorSummary form={props.form} labels={labels()} />
      <RadioField
        form={props.form}
        name={METHOD_KEY}
        legend={payTexts().pay.methodLegend}
        options={PAYMENT_METHODS.map((m) => ({ value: m, label: optionLabel(m) }))}
      />
      <Switch>
        <Match when={method() === 'card'}>
          <CardFields form={props.form} />
          <p class="meta">{payTexts().pay.cardNote}</p>
        </Match>
        <Match when={method() === 'ewallet'}>
          <TextField form={props.form} name="wallet" label={payTexts().pay.wallet} hint={payTexts().pay.walletHint} autocomplete="off" />
        </Match>
        <Match when={method() === 'online_bank'}>
          <RadioField
            form={props.form}
            name="bank"
            legend={payTexts().pay.bankChoice}
            options={ONLINE_BANKS.map((b) => ({ value: b, label: payTexts().pay.banks[b] }))}
          />
        </Match>
        <Match when={method() === 'terminal'}>
          <p>{payTexts().pay.terminalNote}</p>
        </Match>
        <Match when={method() === 'mobile'}>
          <TextField
            form={props.form}
            name="phone"
            label={payTexts().pay.mobilePhone}
            hint={payTexts().pay.mobilePhoneHint}
            type="tel"
            autocomplete="tel"
          />
        </Match>
      </Switch>
      <p>
        <Show when={commission()}>{fill(payTexts().pay.commissionLine, { amount: money(commission()) })} </Show>
        <strong>{fill(payTexts().pay.total, { amount: money(props.invoice.amountKopecks + commission()) })}</strong>
      </p>
      <div class="button-row">
        <button type="submit" class="button" disabled={props.busy}>
          {method() === 'terminal'
            ? payTexts().pay.getOrder
            : fill(payTexts().pay.payButton, { amount: money(props.invoice.amountKopecks + commission()) })}
        </button>
      </div>
    </form>
  );
}
