// «Запись на приём к врачу»: region, kind of clinic, specialty → the patient's own clinic first → the
// doctors' free dates and hours side by side → self or a child, OMS policy → «Ожидает подтверждения» →
// «Подтвердить» → the booking in «Мои записи». With ?change=<id> the same table moves a booking to
// another time or doctor. The slot engine and the server's rules are those of every other booking.
import { useNavigate } from '@tanstack/solid-router';
import { createEffect, createMemo, createResource, createSignal, on, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { readMirroredBooking } from '../../client/repos/bookingsRepo';
import { clearDoctorForm, readDoctorForm, writeDoctorForm } from '../../client/repos/doctorFormRepo';
import type { AccountView } from '../../domain/account';
import type { BookingView } from '../../domain/offices/booking';
import { clinicsFor, doctorColumns, ownClinicFirst, sharedDates } from '../../domain/offices/doctors';
import { officeById, OFFICES } from '../../domain/offices/offices';
import { createPatientFormSchema, patientOf, type PatientForm } from '../../domain/offices/patient';
import type { Slot } from '../../domain/offices/slots';
import { cityOf } from '../../domain/offices/cities';
import { fill, locale } from '../../i18n/i18n';
import { createForm, type Form } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { bookingErrorText } from '../../ui/bookingError';
import { changeBooking, confirmBooking, createBooking, readAvailability } from '../../client/bookingsApi';
import { DoctorChoice } from './DoctorChoice';
import { DoctorSummary } from './DoctorSummary';
import { readDoctorProfile } from './doctorProfile';
import type { DoctorSearch } from './doctorSearch';
import { DoctorTable } from './DoctorTable';
import { withChanges } from '../../client/freeSlots';
import { officeDateTime, zoneDiffers } from '../../ui/officeText';
import { PATIENT_ORDER, PatientFields, patientLabels } from './PatientFields';
import { createSimClock } from './simClock';
import { officesTexts } from '../../i18n/lazy/offices';
import { doctorTexts } from '../../i18n/lazy/doctor';

/** Server field paths of a booking's patient → the fields of this form. */
const FIELD_OF: Record<string, string> = { 'patient.policy': 'policy', 'patient.birthDate': 'childBirthDate', 'patient.name': 'childName' };

function Doctor(props: { account: () => AccountView; search: DoctorSearch }) {
  const navigate = useNavigate();
  const now = createSimClock();
  const [profile] = createResource(() => props.account().id, readDoctorProfile);
  const [moving] = createResource(
    () => props.search.change,
    (id) => readMirroredBooking(props.account().id, id),
  );
  const movingOffice = () => (moving() ? officeById(moving()!.officeId) : undefined);
  const attached = () => (profile()?.clinicId ? officeById(profile()!.clinicId!) : undefined);
  const city = () => props.search.city ?? movingOffice()?.city ?? attached()?.city ?? 'moscow';
  const specialty = () => props.search.specialty ?? movingOffice()?.doctors?.find((d) => d.id === moving()?.doctorId)?.specialty;
  const own = createMemo(() =>
    ownClinicFirst(clinicsFor({ offices: OFFICES, city: city(), kind: props.search.kind, specialty: specialty() }), city(), profile()?.clinicId),
  );
  const clinicId = () => (own().clinics.some((o) => o.id === props.search.clinic) ? props.search.clinic : own().own?.id);
  const office = () => (clinicId() ? officeById(clinicId()!) : undefined);
  const [availability, { refetch }] = createResource(
    () => clinicId(),
    (id) => readAvailability([id]),
  );
  const columns = createMemo(() => {
    if (!office() || !specialty()) return [];
    const current = withChanges(office()!, availability());
    return doctorColumns(current.office, specialty()!, now(), current.held);
  });
  const dates = createMemo(() => sharedDates(columns()));
  const [date, setDate] = createSignal<string>();
  const [chosen, setChosen] = createSignal<{ doctorId: string; slot: Slot }>();
  const [pending, setPending] = createSignal<BookingView>();
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const form: Form = createForm({
    schema: () => createPatientFormSchema(new Date(now()).toISOString()),
    initial: { forWhom: 'self', childName: '', childBirthDate: '', policy: '' },
    order: (): readonly string[] => (form.values.forWhom === 'child' ? PATIENT_ORDER : ['forWhom', 'policy']),
  });
  // What was typed survives a reload: restored once, then written at every change until booked.
  const [typed] = createResource(() => props.account().id, readDoctorForm);
  let restoring = false;
  createEffect(
    on(
      () => typed.state === 'ready',
      (ready) => {
        if (!ready || !typed()) return;
        restoring = (typed()!.forWhom ?? form.values.forWhom) !== form.values.forWhom;
        form.reset({ ...form.values, ...typed()! });
      },
    ),
  );
  createEffect(
    on(
      () => JSON.stringify(form.values),
      (json) => {
        if (typed.state === 'ready' && !pending()) void writeDoctorForm(props.account().id, JSON.parse(json) as Record<string, string>);
      },
    ),
  );
  // The adult's policy comes from the profile; each patient keeps the policy typed for them.
  const policies: Record<string, string> = {};
  createEffect(
    on(
      () => profile()?.policy,
      (policy) => {
        if (policy && !form.values.policy && form.values.forWhom === 'self') form.set('policy', policy);
      },
    ),
  );
  createEffect(
    on(
      () => String(form.values.forWhom),
      (next, previous) => {
        if (!previous || next === previous) return;
        if (restoring) {
          restoring = false;
          return;
        }
        policies[previous] = String(form.values.policy ?? '');
        form.set('policy', policies[next] ?? (next === 'self' ? (profile()?.policy ?? '') : ''));
      },
    ),
  );
  const set = (patch: Partial<DoctorSearch>) => {
    setDate(undefined);
    setChosen(undefined);
    void navigate({ to: '/offices/doctor', search: { ...props.search, ...patch }, replace: true });
  };
  const fail = (failure: unknown) => {
    if (failure instanceof ApiRequestError && failure.fields && Object.keys(failure.fields).some((f) => FIELD_OF[f])) {
      form.showServerErrors(Object.fromEntries(Object.entries(failure.fields).map(([f, code]) => [FIELD_OF[f] ?? f, code])));
      return;
    }
    setError(bookingErrorText(failure));
    if (failure instanceof ApiRequestError && failure.code === 'not_free') {
      setChosen(undefined);
      void refetch();
    }
    queueMicrotask(() => document.getElementById('doctor-error')?.focus());
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const pick = chosen();
    if (props.search.change) {
      if (pick)
        void run(async () => {
          const moved = await changeBooking(props.account().id, props.search.change!, {
            officeId: office()!.id,
            doctorId: pick.doctorId,
            startsAt: pick.slot.startsAt,
          });
          await navigate({ to: '/bookings/$bookingId', params: { bookingId: moved.id } });
        });
      return;
    }
    const patient = form.submit() as PatientForm | null;
    if (!patient || !pick) return;
    void run(async () => {
      setPending(
        await createBooking(props.account().id, {
          officeId: office()!.id,
          serviceId: 'doctor',
          doctorId: pick.doctorId,
          startsAt: pick.slot.startsAt,
          comment: '',
          patient: patientOf(patient, props.account().person),
        }),
      );
      await clearDoctorForm(props.account().id);
      queueMicrotask(() => document.getElementById('doctor-confirm-title')?.focus());
    });
  };
  const confirm = () =>
    run(async () => {
      const done = await confirmBooking(props.account().id, pending()!.id);
      await navigate({ to: '/bookings/$bookingId', params: { bookingId: done.id } });
    });
  const chosenText = () => {
    const pick = chosen();
    const doctor = pick && office()?.doctors?.find((d) => d.id === pick.doctorId);
    if (!pick || !doctor) return '';
    return fill(doctorTexts().doctor.chosen, {
      doctor: doctor.name[locale()],
      specialty: officesTexts().offices.specialties[doctor.specialty],
      when: officeDateTime(office()!, pick.slot.startsAt),
      room: doctor.room,
    });
  };
  const selfName = () => [props.account().person.surname, props.account().person.name, props.account().person.patronymic].filter(Boolean).join(' ');

  return (
    <Page
      title={moving() ? fill(doctorTexts().doctor.changeTitle, { ticket: moving()!.ticket }) : doctorTexts().doctor.title}
      lead={doctorTexts().doctor.lead}
    >
      <Show when={error()}>
        <p class="notice error" role="alert" id="doctor-error" tabindex="-1">
          {error()}
        </p>
      </Show>
      <Show when={availability.state === 'ready' && availability() === null}>
        <p class="notice">{officesTexts().offices.book.offline}</p>
      </Show>
      <Show
        when={pending()}
        fallback={
          <form onSubmit={submit} novalidate>
            <ErrorSummary form={form} labels={patientLabels()} />
            <DoctorChoice
              search={props.search}
              city={city()}
              own={own()}
              clinicId={clinicId()}
              moving={Boolean(props.search.change)}
              onChange={set}
            />
            <Show when={office() && specialty()}>
              <section aria-labelledby="doctor-times">
                <h2 id="doctor-times">{doctorTexts().doctor.doctors}</h2>
                <Show when={zoneDiffers(office()!, now())}>
                  <p class="notice">{fill(officesTexts().offices.book.zoneNote, { zone: cityOf(office()!.city).name[locale()] })}</p>
                </Show>
                <DoctorTable
                  office={office()!}
                  columns={columns()}
                  dates={dates()}
                  date={date()}
                  chosen={chosen() && { doctorId: chosen()!.doctorId, startsAt: chosen()!.slot.startsAt }}
                  onDate={setDate}
                  onSlot={(doctorId, slot) => setChosen({ doctorId, slot })}
                />
              </section>
            </Show>
            <p role="status">{chosen() ? <strong>{chosenText()}</strong> : doctorTexts().doctor.pick}</p>
            <Show when={!props.search.change}>
              <PatientFields form={form} selfName={selfName()} profilePolicy={profile()?.policy} />
            </Show>
            <div class="button-row">
              <button type="submit" class="button" disabled={!chosen() || busy()}>
                {props.search.change ? doctorTexts().doctor.submitChange : doctorTexts().doctor.submit}
              </button>
            </div>
          </form>
        }
      >
        {(booking) => <DoctorSummary booking={booking()} busy={busy()} onConfirm={() => void confirm()} />}
      </Show>
    </Page>
  );
}

export default function DoctorPage(props: { search: DoctorSearch }) {
  const account = useAccount();
  return <Doctor account={account} search={props.search} />;
}
