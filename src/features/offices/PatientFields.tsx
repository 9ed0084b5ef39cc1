// Who the visit is for: oneself (named from the account) or a child (name, birth date), and the OMS
// policy. Switching between them keeps what was typed for each; the adult's policy comes from the profile.
import { Show } from 'solid-js';
import { fill, t } from '../../i18n/i18n';
import { RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';

export const PATIENT_ORDER = ['forWhom', 'childName', 'childBirthDate', 'policy'];

export function patientLabels(): Record<string, string> {
  const d = t().doctor;
  return { forWhom: d.forWhom, childName: d.childName, childBirthDate: d.childBirthDate, policy: d.policy };
}

export function PatientFields(props: { form: Form; selfName: string; profilePolicy: string | undefined }) {
  const child = () => props.form.values.forWhom === 'child';
  const fromProfile = () => !child() && props.profilePolicy !== undefined && props.form.values.policy === props.profilePolicy;
  return (
    <fieldset class="card">
      <legend>
        <h2>{t().doctor.patient}</h2>
      </legend>
      <RadioField form={props.form} name="forWhom" legend={t().doctor.forWhom} options={[{ value: 'self', label: t().doctor.self }, { value: 'child', label: t().doctor.child }]} />
      <Show when={child()} fallback={<p>{fill(t().doctor.selfName, { name: props.selfName })}</p>}>
        <TextField form={props.form} name="childName" label={t().doctor.childName} hint={t().doctor.childNameHint} autocomplete="off" />
        <TextField form={props.form} name="childBirthDate" label={t().doctor.childBirthDate} hint={t().doctor.childBirthDateHint} inputmode="numeric" width="short" />
      </Show>
      <TextField
        form={props.form}
        name="policy"
        label={t().doctor.policy}
        hint={fromProfile() ? `${t().doctor.policyHint}. ${t().doctor.policyFromProfile}` : t().doctor.policyHint}
        inputmode="numeric"
        maxLength={24}
      />
    </fieldset>
  );
}
