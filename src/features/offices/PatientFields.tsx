// Who the visit is for: oneself (named from the account) or a child (name, birth date), and the OMS
// policy. Switching between them keeps what was typed for each; the adult's policy comes from the profile.
import { Show } from 'solid-js';
import { fill } from '../../i18n/i18n';
import { RadioField } from '../../ui/form/ChoiceField';
import type { Form } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';
import { doctorTexts } from '../../i18n/lazy/doctor';

export const PATIENT_ORDER = ['forWhom', 'childName', 'childBirthDate', 'policy'];

export function patientLabels(): Record<string, string> {
  const d = doctorTexts().doctor;
  return { forWhom: d.forWhom, childName: d.childName, childBirthDate: d.childBirthDate, policy: d.policy };
}

export function PatientFields(props: { form: Form; selfName: string; profilePolicy: string | undefined }) {
  const child = () => props.form.values.forWhom === 'child';
  const fromProfile = () => !child() && props.profilePolicy !== undefined && props.form.values.policy === props.profilePolicy;
  return (
    <fieldset class="card">
      <legend>
        <h2>{doctorTexts().doctor.patient}</h2>
      </legend>
      <RadioField
        form={props.form}
        name="forWhom"
        legend={doctorTexts().doctor.forWhom}
        options={[
          { value: 'self', label: doctorTexts().doctor.self },
          { value: 'child', label: doctorTexts().doctor.child },
        ]}
      />
      <Show when={child()} fallback={<p>{fill(doctorTexts().doctor.selfName, { name: props.selfName })}</p>}>
        <TextField
          form={props.form}
          name="childName"
          label={doctorTexts().doctor.childName}
          hint={doctorTexts().doctor.childNameHint}
          autocomplete="off"
        />
        <TextField
          form={props.form}
          name="childBirthDate"
          label={doctorTexts().doctor.childBirthDate}
          hint={doctorTexts().doctor.childBirthDateHint}
          inputmode="numeric"
          width="short"
        />
      </Show>
      <TextField
        form={props.form}
        name="policy"
        label={doctorTexts().doctor.policy}
        hint={fromProfile() ? `${doctorTexts().doctor.policyHint}. ${doctorTexts().doctor.policyFromProfile}` : doctorTexts().doctor.policyHint}
        inputmode="numeric"
        maxLength={24}
      />
    </fieldset>
  );
}
