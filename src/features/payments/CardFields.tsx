// The bank card's fields: the number spaced in groups of four with its brand named as it is typed, the
// expiry as MM/YY, CVC and cardholder. Values live only in the form's memory: never saved, not even
// as a draft, and gone when the page closes.
import { Show, type JSX } from 'solid-js';

import { fieldId, type Form } from '../../ui/form/createForm';
import { describedBy, FieldFrame } from '../../ui/form/FieldFrame';
import { afterPointerRelease } from '../../ui/form/pointerGuard';
import { TextField } from '../../ui/form/TextField';
import { brandOf, caretAfterDigits, digitsBefore, formatCardNumber, formatExpiry } from './cardFormat';
import { payTexts } from '../../i18n/lazy/pay';

/** A text input that reformats what is typed (spacing, slash) and keeps the caret after the same digit. */
function FormattedField(props: {
  form: Form;
  name: string;
  label: string;
  hint: string;
  format: (input: string) => string;
  autocomplete: string;
  maxLength: number;
  short?: boolean;
  after?: JSX.Element;
}) {
  const onInput = (input: HTMLInputElement) => {
    const count = digitsBefore(input.value, input.selectionStart ?? input.value.length);
    const formatted = props.format(input.value);
    const caret = caretAfterDigits(formatted, count);
    if (input.value !== formatted) input.value = formatted;
    props.form.set(props.name, formatted);
    // Setting the value moves the caret to the end; put it back after the same digit.
    if (document.activeElement === input) input.setSelectionRange(caret, caret);
  };
  return (
    <FieldFrame form={props.form} name={props.name} label={props.label} hint={props.hint} short={props.short}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        type="text"
        inputmode="numeric"
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        value={String(props.form.values[props.name] ?? '')}
        aria-invalid={Boolean(props.form.errors()[props.name])}
        aria-describedby={describedBy(props)}
        onInput={(e) => onInput(e.currentTarget)}
        onBlur={(e) => {
          // Leaving for the submit button: the submit checks everything anyway.
          const next = e.relatedTarget as HTMLElement | null;
          if (!(next instanceof HTMLButtonElement && next.type === 'submit' && next.form === e.currentTarget.form)) {
            afterPointerRelease(() => props.form.blur(props.name));
          }
        }}
      />
      {props.after}
    </FieldFrame>
  );
}

export function CardFields(props: { form: Form }) {
  const brand = () => brandOf(String(props.form.values['card.number'] ?? ''));
  return (
    <fieldset class="field">
      <legend>{payTexts().pay.cardLegend}</legend>
      <FormattedField
        form={props.form}
        name="card.number"
        label={payTexts().pay.cardNumber}
        hint={payTexts().pay.cardNumberHint}
        format={formatCardNumber}
        autocomplete="cc-number"
        maxLength={23}
        after={
          <p class="meta" aria-live="polite">
            <Show when={brand()}>
              {(b) => (
                <>
                  {payTexts().pay.brandLabel} <strong>{payTexts().pay.brands[b()]}</strong>
                </>
              )}
            </Show>
          </p>
        }
      />
      <FormattedField
        form={props.form}
        name="card.expiry"
        label={payTexts().pay.cardExpiry}
        hint={payTexts().pay.cardExpiryHint}
        format={formatExpiry}
        autocomplete="cc-exp"
        maxLength={5}
        short
      />
      <TextField
        form={props.form}
        name="card.cvc"
        label={payTexts().pay.cardCvc}
        hint={payTexts().pay.cardCvcHint}
        inputmode="numeric"
        autocomplete="cc-csc"
        maxLength={3}
        width="short"
      />
      <TextField
        form={props.form}
        name="card.holder"
        label={payTexts().pay.cardHolder}
        hint={payTexts().pay.cardHolderHint}
        autocomplete="cc-name"
        maxLength={26}
      />
    </fieldset>
  );
}
