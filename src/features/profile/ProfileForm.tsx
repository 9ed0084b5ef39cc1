// The sections of «Мои данные»: person, passport, SNILS and INN, contacts, addresses.
import { Show } from 'solid-js';
import { ADDRESS_FIELDS } from '../../domain/address';

import { CheckboxField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { SelectField } from '../../ui/form/OtherFields';
import { OFFICES } from '../../domain/offices/offices';
import { locale } from '../../i18n/i18n';
import { PersonFields } from '../../ui/form/PersonFields';
import { AddressFields } from './AddressFields';
import { SAME_ADDRESS } from '../../domain/profileValues';
import { formatPhone } from '../../domain/identifiers';
import { profileTexts } from '../../i18n/lazy/profile';
import { StatusLine } from '../../ui/StatusLine';

/** «Серия паспорта», «Адрес регистрации: Улица»… for the error summary. */
function summaryLabels(): Record<string, string> {
  const profile = profileTexts().profile;
  const labels: Record<string, string> = { ...profile.fieldLabels };
  for (const prefix of ['registrationAddress', 'actualAddress'] as const) {
    for (const field of ADDRESS_FIELDS) labels[`${prefix}.${field}`] = `${profile.sections[prefix]}: ${profile.addressLabels[field]}`;
  }
  return labels;
}

export function ProfileForm(props: { form: Form; onSubmit: (event: SubmitEvent) => void; message: { ok: boolean; text: string } | null }) {
  const labels = () => profileTexts().profile.fieldLabels;
  const hints = () => profileTexts().profile.hints;
  return (
    <form onSubmit={(e) => props.onSubmit(e)} novalidate>
      <ErrorSummary form={props.form} labels={summaryLabels()} />
      <fieldset class="card">
        <legend>
          <h2>{profileTexts().profile.sections.person}</h2>
        </legend>
        <PersonFields form={props.form} />
      </fieldset>
      <fieldset class="card">
        <legend>
          <h2>{profileTexts().profile.sections.passport}</h2>
        </legend>
        <TextField
          form={props.form}
          name="passport.series"
          label={labels()['passport.series']}
          hint={hints().passportSeries}
          inputmode="numeric"
          width="short"
        />
        <TextField
          form={props.form}
          name="passport.number"
          label={labels()['passport.number']}
          hint={hints().passportNumber}
          inputmode="numeric"
          width="short"
        />
        <TextField
          form={props.form}
          name="passport.issueDate"
          label={labels()['passport.issueDate']}
          hint={profileTexts().profile.dateHint}
          inputmode="numeric"
          width="short"
        />
        <TextField form={props.form} name="passport.issuedBy" label={labels()['passport.issuedBy']} />
        <TextField
          form={props.form}
          name="passport.divisionCode"
          label={labels()['passport.divisionCode']}
          hint={hints().divisionCode}
          inputmode="numeric"
          width="short"
        />
      </fieldset>
      <fieldset class="card">
        <legend>
          <h2>{profileTexts().profile.sections.numbers}</h2>
        </legend>
        <TextField form={props.form} name="snils" label={labels().snils} hint={hints().snils} inputmode="numeric" />
        <TextField form={props.form} name="inn" label={labels().inn} hint={hints().inn} inputmode="numeric" />
      </fieldset>
      <fieldset class="card">
        <legend>
          <h2>{profileTexts().profile.sections.health}</h2>
        </legend>
        <TextField form={props.form} name="omsPolicy" label={labels().omsPolicy} hint={hints().omsPolicy} inputmode="numeric" />
        <SelectField
          form={props.form}
          name="clinicId"
          label={labels().clinicId}
          hint={hints().clinicId}
          placeholder={profileTexts().profile.noClinic}
          options={OFFICES.filter((o) => o.kind === 'clinic').map((o) => ({
            value: o.id,
            label: `${o.name[locale()]}, ${o.address.street[locale()]}, ${o.address.house}`,
          }))}
        />
      </fieldset>
      <fieldset class="card">
        <legend>
          <h2>{profileTexts().profile.sections.contacts}</h2>
        </legend>
        <div class="field">
          <label for="profile-phone">{labels().phone}</label>
          <span class="hint" id="profile-phone-hint">
            {profileTexts().profile.phoneLocked}
          </span>
          <input id="profile-phone" readOnly value={formatPhone(String(props.form.values.phone ?? ''))} aria-describedby="profile-phone-hint" />
        </div>
        <TextField form={props.form} name="email" label={labels().email} type="email" autocomplete="email" />
      </fieldset>
      <AddressFields form={props.form} prefix="registrationAddress" legend={profileTexts().profile.sections.registrationAddress} />
      <CheckboxField form={props.form} name={SAME_ADDRESS} label={profileTexts().profile.sameAddress} />
      <Show when={props.form.values[SAME_ADDRESS] !== true}>
        <AddressFields form={props.form} prefix="actualAddress" legend={profileTexts().profile.sections.actualAddress} />
      </Show>
      <StatusLine message={props.message} />
      <button type="submit" class="button">
        {profileTexts().profile.save}
      </button>
    </form>
  );
}
