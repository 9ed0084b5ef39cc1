// Renders one field of a service's form from its definition.
import { Match, Switch } from 'solid-js';
import type { FieldDef } from '../../domain/catalog/formSchema';
import { locale } from '../../i18n/i18n';
import { CheckboxField, RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { SelectField, TextAreaField } from '../../ui/form/OtherFields';
import { TextField } from '../../ui/form/TextField';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { profileTexts } from '../../i18n/lazy/profile';

const NUMERIC = new Set(['snils', 'inn', 'passportSeries', 'passportNumber', 'divisionCode', 'postalIndex', 'date']);

/** `flag` marks a field a refusal concerns (a corrected application): said first in its hint, and framed. */
export function FieldControl(props: { form: Form; field: FieldDef; flag?: string }) {
  const label = () => props.field.label[locale()] + (props.field.required ? '' : ` ${profileTexts().profile.optional}`);
  const hint = () => [props.flag, props.field.hint?.[locale()]].filter(Boolean).join(' ') || undefined;
  const options = () => (props.field.options ?? []).map((option) => ({ value: option.value, label: option.label[locale()] }));
  return (
    <div classList={{ 'fix-flagged': Boolean(props.flag) }}>
      <Switch>
        <Match when={props.field.control === 'radio'}>
          <RadioField form={props.form} name={props.field.id} legend={label()} hint={hint()} options={options()} />
        </Match>
        <Match when={props.field.control === 'select'}>
          <SelectField
            form={props.form}
            name={props.field.id}
            label={label()}
            hint={hint()}
            options={options()}
            placeholder={catalogTexts().apply.choose}
          />
        </Match>
        <Match when={props.field.control === 'checkbox'}>
          <CheckboxField form={props.form} name={props.field.id} label={label()} />
        </Match>
        <Match when={props.field.control === 'textarea'}>
          <TextAreaField form={props.form} name={props.field.id} label={label()} hint={hint()} maxLength={2000} />
        </Match>
        <Match when={true}>
          <TextField
            form={props.form}
            name={props.field.id}
            label={label()}
            hint={hint()}
            type={props.field.rule === 'email' ? 'email' : props.field.rule === 'phone' ? 'tel' : 'text'}
            inputmode={NUMERIC.has(props.field.rule) ? 'numeric' : undefined}
          />
        </Match>
      </Switch>
    </div>
  );
}
