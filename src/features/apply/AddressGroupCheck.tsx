// «Проверить адрес» under a structured address of an application's form, as in «Мои данные»: shown
// after the group's last part (the postal index) and acting on that group's fields only.
import type { AddressField } from '../../domain/address';
import { addressPrefix } from '../../domain/answerRows';
import type { FieldDef } from '../../domain/catalog/formSchema';
import { profileTexts } from '../../i18n/lazy/profile';
import { AddressCheck } from '../../ui/form/AddressCheck';
import type { Form } from '../../ui/form/createForm';

/** The address group `last` closes, part → field id; undefined when `last` does not close one. */
export function addressGroup(fields: readonly FieldDef[], last: FieldDef): Partial<Record<AddressField, string>> | undefined {
  if (last.address !== 'postalIndex') return undefined;
  const prefix = addressPrefix(last);
  return Object.fromEntries(fields.filter((field) => field.address && addressPrefix(field) === prefix).map((field) => [field.address!, field.id]));
}

export function AddressGroupCheck(props: { form: Form; names: Partial<Record<AddressField, string>> }) {
  return <AddressCheck form={props.form} names={props.names} labels={profileTexts().profile.addressLabels} />;
}
