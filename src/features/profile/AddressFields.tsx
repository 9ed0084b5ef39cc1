// A structured address with «Проверить адрес»: spells out abbreviations in place and says what is
// missing, using the same normalisers the schema and the server use.
import { For } from 'solid-js';
import { ADDRESS_FIELDS, REQUIRED_ADDRESS_FIELDS, type AddressField } from '../../domain/address';
import { AddressCheck } from '../../ui/form/AddressCheck';
import type { Form } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';
import { profileTexts } from '../../i18n/lazy/profile';

const SHORT: ReadonlySet<AddressField> = new Set(['house', 'building', 'apartment', 'postalIndex']);

export function AddressFields(props: { form: Form; prefix: 'registrationAddress' | 'actualAddress'; legend: string }) {
  const labels = () => profileTexts().profile.addressLabels;
  const names = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, `${props.prefix}.${field}`]));
  return (
    <fieldset class="card">
      <legend>
        <h2>{props.legend}</h2>
      </legend>
      <For each={ADDRESS_FIELDS}>
        {(field) => (
          <TextField
            form={props.form}
            name={`${props.prefix}.${field}`}
            label={
              REQUIRED_ADDRESS_FIELDS.includes(field) || field === 'country'
                ? labels()[field]
                : `${labels()[field]} ${profileTexts().profile.optional}`
            }
            hint={field === 'postalIndex' ? profileTexts().profile.hints.postalIndex : undefined}
            inputmode={field === 'postalIndex' ? 'numeric' : undefined}
            width={SHORT.has(field) ? 'short' : undefined}
          />
        )}
      </For>
      <AddressCheck form={props.form} names={names} labels={labels()} />
    </fieldset>
  );
}
