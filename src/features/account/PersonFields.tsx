// Surname, name, patronymic, date of birth and gender: asked at registration and on «Мои данные».
import { t } from '../../i18n/i18n';
import { RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';

export function PersonFields(props: { form: Form; prefix?: string }) {
  const name = (field: string) => `${props.prefix ?? 'person'}.${field}`;
  const labels = () => t().profile.fieldLabels;
  return (
    <>
      <TextField form={props.form} name={name('surname')} label={labels()['person.surname']} autocomplete="family-name" />
      <TextField form={props.form} name={name('name')} label={labels()['person.name']} autocomplete="given-name" />
      <TextField
        form={props.form}
        name={name('patronymic')}
        label={labels()['person.patronymic']}
        hint={t().profile.patronymicHint}
        autocomplete="additional-name"
      />
      <TextField
        form={props.form}
        name={name('birthDate')}
        label={labels()['person.birthDate']}
        hint={t().profile.dateHint}
        inputmode="numeric"
        autocomplete="bday"
        width="short"
      />
      <RadioField
        form={props.form}
        name={name('gender')}
        legend={labels()['person.gender']}
        options={[
          { value: 'female', label: t().profile.female },
          { value: 'male', label: t().profile.male },
        ]}
      />
    </>
  );
}
