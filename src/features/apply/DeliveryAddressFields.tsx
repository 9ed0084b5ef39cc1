// Post: the address to deliver a paper result to, under the choice of the way. The same structured
// parts and «Проверить адрес» as the address step; prefilled from the registration address.
import { For } from 'solid-js';
import { DELIVERY_STEP } from '../../domain/delivery';
import { locale } from '../../i18n/i18n';
import type { Form } from '../../ui/form/createForm';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { AddressGroupCheck, addressGroup } from './AddressGroupCheck';
import { FieldControl } from './FieldControl';

export function DeliveryAddressFields(props: { form: Form }) {
  const fields = DELIVERY_STEP.fields;
  return (
    <fieldset class="delivery-address">
      <legend>{DELIVERY_STEP.title[locale()]}</legend>
      <p class="hint">{catalogTexts().apply.deliveryHint}</p>
      <For each={fields}>
        {(field) => {
          const group = addressGroup(fields, field);
          return (
            <>
              <FieldControl form={props.form} field={field} />
              {group && <AddressGroupCheck form={props.form} names={group} />}
            </>
          );
        }}
      </For>
    </fieldset>
  );
}

/** Error-summary labels of the delivery parts: «Адрес доставки: Регион». */
export function deliveryLabels(): Record<string, string> {
  return Object.fromEntries(DELIVERY_STEP.fields.map((field) => [field.id, `${DELIVERY_STEP.title[locale()]}: ${field.label[locale()]}`]));
}
