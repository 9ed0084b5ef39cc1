// The first half of the doctor's appointment: region (city), kind of clinic, specialty, and the clinics
// that fit, the patient's own first with a line saying why it is first.
import { For, Show } from 'solid-js';
import { CITIES } from '../../domain/offices/cities';
import { CLINIC_KINDS, type OwnClinic } from '../../domain/offices/doctors';
import { SPECIALTIES } from '../../domain/offices/kinds';
import { fill, locale } from '../../i18n/i18n';
import type { DoctorSearch } from './doctorSearch';
import { addressText } from '../../ui/officeText';
import { officesTexts } from '../../i18n/lazy/offices';
import { doctorTexts } from '../../i18n/lazy/doctor';

export function DoctorChoice(props: {
  search: DoctorSearch;
  city: string;
  own: OwnClinic;
  clinicId: string | undefined;
  moving: boolean;
  onChange: (patch: Partial<DoctorSearch>) => void;
}) {
  const d = () => doctorTexts().doctor;
  return (
    <>
      <div class="field">
        <label for="doctor-city">{d().region}</label>
        <select
          id="doctor-city"
          value={props.city}
          disabled={props.moving}
          onChange={(e) => props.onChange({ city: e.currentTarget.value as DoctorSearch['city'], clinic: undefined })}
        >
          <For each={CITIES}>{(c) => <option value={c.id}>{c.name[locale()]}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="doctor-kind">{d().kind}</label>
        <select
          id="doctor-kind"
          value={props.search.kind ?? ''}
          onChange={(e) => props.onChange({ kind: (e.currentTarget.value || undefined) as DoctorSearch['kind'], clinic: undefined })}
        >
          <option value="">{d().kinds.any}</option>
          <For each={CLINIC_KINDS}>{(k) => <option value={k}>{d().kinds[k]}</option>}</For>
        </select>
      </div>
      <div class="field">
        <label for="doctor-specialty">{d().specialty}</label>
        <select
          id="doctor-specialty"
          value={props.search.specialty ?? ''}
          onChange={(e) => props.onChange({ specialty: (e.currentTarget.value || undefined) as DoctorSearch['specialty'] })}
        >
          <option value="">{d().chooseSpecialty}</option>
          <For each={SPECIALTIES}>{(s) => <option value={s}>{officesTexts().offices.specialties[s]}</option>}</For>
        </select>
      </div>
      <Show when={props.own.clinics.length} fallback={<p class="notice">{d().noClinics}</p>}>
        <Show when={props.own.own}>
          {(own) => (
            <p class="notice" role="status">
              {fill(props.own.reason === 'attached' ? d().attached : d().nearest, { name: own().name[locale()] })}
            </p>
          )}
        </Show>
        <fieldset class="field">
          <legend>{d().clinic}</legend>
          <For each={props.own.clinics}>
            {(clinic) => (
              <div class="check">
                <input
                  type="radio"
                  id={`doctor-clinic-${clinic.id}`}
                  name="doctor-clinic"
                  value={clinic.id}
                  checked={props.clinicId === clinic.id}
                  onChange={() => props.onChange({ clinic: clinic.id })}
                />
                <label for={`doctor-clinic-${clinic.id}`}>
                  {clinic.name[locale()]} — {addressText(clinic)}
                </label>
              </div>
            )}
          </For>
        </fieldset>
      </Show>
    </>
  );
}
