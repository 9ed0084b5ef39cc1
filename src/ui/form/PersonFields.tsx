// Surname, name, patronymic, date of birth and gender: asked at registration (under «person.») and on
// «Мои данные» (at the top level of the profile).

import { RadioField } from './ChoiceField';
import type { Form } from './createForm';
import { TextField } from './TextField';
import { profileTexts } from '../../i18n/lazy/profile';

export function PersonFields(props: { form: Form; prefix?: string }) {
  const name = (field: string) => (props.prefix ? `${props.prefix}.${field}` : field);
  const labels = () => profileTexts().profile.fieldLabels;
  return (
    <>
      <TextField form={props.form} name={name('surname')} label={labels().surname} autocomplete="family-name" />
      <TextField form={props.form} name={name('name')} label={labels().name} autocomplete="given-name" />
      <TextField
        form={props.form}
        name={name('patronymic')}
        label={labels().patronymic}
        hint={profileTexts().profile.patronymicHint}
        autocomplete="additional-name"
      />
      <TextField
        form={props.form}
        name={name('birthDate')}
        label={labels().birthDate}
        hint={profileTexts().profile.dateHint}
        inputmode="numeric"
        autocomplete="bday"
        width="short"
      />
      <RadioField
        form={props.form}
        name={name('gender')}
        legend={labels().gender}
        options={[
          { value: 'female', label: profileTexts().profile.female },
          { value: 'male', label: profileTexts().profile.male },
        ]}
      />
    </>
  );
}
