// The wizard's visit page (services in WIZARD_VISITS): an office of the city that offers the visit and a
// free slot from the booking engine, booked and confirmed at once (date, time and address are shown next
// to the button). The booking is real — «Мои записи» shows it with its ticket — and its id is the page's
// answer. Changing or cancelling goes through the booking rules (24 hours before), like anywhere else.
import { Link } from '../../ui/Link';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { cancelBooking, changeBooking, confirmBooking, createBooking, readAvailability, readSimNow } from '../../client/bookingsApi';
import { createLiveQuery } from '../../client/createLiveQuery';
import { slotsOf } from '../../client/freeSlots';
import { listMirroredBookings } from '../../client/repos/bookingsRepo';
import { HOLDING } from '../../domain/offices/booking';
import { CITIES } from '../../domain/offices/cities';
import type { VisitServiceId } from '../../domain/offices/kinds';
import { officeById } from '../../domain/offices/offices';
import type { CityId } from '../../domain/offices/officeSchema';
import type { Slot } from '../../domain/offices/slots';
import { bookableOffices } from '../../domain/offices/visitLinks';
import { fill, locale } from '../../i18n/i18n';
import { bookingErrorText } from '../../ui/bookingError';
import { fieldId, type Form } from '../../ui/form/createForm';
import { fieldMessage } from '../../ui/form/fieldMessage';
import { addressText, officeDateTime } from '../../ui/officeText';
import { SlotPicker } from '../../ui/SlotPicker';
import { VISIT_KEY } from './wizardSteps';
import { officesTexts } from '../../i18n/lazy/offices';
import { catalogTexts } from '../../i18n/lazy/catalog';

export function VisitStep(props: { form: Form; accountId: string; draftId: string; visit: VisitServiceId }) {
  const bookingId = () => String(props.form.values[VISIT_KEY] ?? '');
  // The account's bookings, then this one by id: a live query does not re-run when only the id changes.
  const mine = createLiveQuery(() => listMirroredBookings(props.accountId));
  const booking = { value: () => mine.value()?.find((b) => b.id === bookingId()) };
  const active = () => {
    const b = booking.value();
    return b && HOLDING.includes(b.status) ? b : undefined;
  };
  const [now] = createResource(readSimNow);
  const [city, setCity] = createSignal<CityId>((booking.value() && officeById(booking.value()!.officeId)?.city) || 'moscow');
  const offices = createMemo(() => bookableOffices(props.visit, city()));
  const [availability, { refetch }] = createResource(
    () =>
      offices()
        .map((o) => o.id)
        .join(','),
    (ids) => readAvailability(ids.split(',').filter(Boolean)),
  );
  const [officeId, setOfficeId] = createSignal('');
  const office = () => (officeId() ? officeById(officeId()) : undefined);
  const days = createMemo(() => (office() && now() ? slotsOf(office()!, props.visit, now()!, availability()) : new Map<string, Slot[]>()));
  const [date, setDate] = createSignal<string>();
  const [slot, setSlot] = createSignal<Slot>();
  const [changing, setChanging] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const error = () => props.form.errors()[VISIT_KEY];
  const tv = () => catalogTexts().apply.visit;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem('');
    try {
      await action();
    } catch (failure) {
      setProblem(bookingErrorText(failure));
      void refetch();
    } finally {
      setBusy(false);
    }
  };
  const book = () =>
    run(async () => {
      const chosen = slot()!;
      const current = active();
      const done =
        current && changing()
          ? await changeBooking(props.accountId, current.id, { officeId: office()!.id, startsAt: chosen.startsAt })
          : await createBooking(props.accountId, {
              officeId: office()!.id,
              serviceId: props.visit,
              startsAt: chosen.startsAt,
              comment: '',
              caseDraftId: props.draftId,
            }).then((pending) => confirmBooking(props.accountId, pending.id));
      props.form.set(VISIT_KEY, done.id);
      props.form.blur(VISIT_KEY);
      setChanging(false);
      setSlot(undefined);
      queueMicrotask(() => document.getElementById('visit-booked')?.focus());
    });
  const cancel = () =>
    run(async () => {
      await cancelBooking(props.accountId, active()!.id);
      props.form.set(VISIT_KEY, '');
      setChanging(false);
    });

  return (
    <div>
      <p>{tv().lead}</p>
      <Show when={booking.value() && !active()}>
        <p class="notice">{fill(tv().lost, { ticket: booking.value()!.ticket, status: officesTexts().offices.statuses[booking.value()!.status] })}</p>
      </Show>
      <Show when={active()}>
        {(b) => {
          const o = () => officeById(b().officeId)!;
          return (
            <section class="card" aria-labelledby="visit-booked">
              <h3 id="visit-booked" tabindex="-1">
                {fill(tv().booked, { ticket: b().ticket })}
              </h3>
              <dl>
                <dt>{tv().when}</dt>
                <dd>{officeDateTime(o(), b().startsAt)}</dd>
                <dt>{tv().where}</dt>
                <dd>
                  {o().name[locale()]}, {addressText(o())}
                </dd>
              </dl>
              <p class="hint">{tv().rules}</p>
              <div class="button-row">
                <Link class="button secondary small" to="/bookings/$bookingId" params={{ bookingId: b().id }}>
                  {tv().open}
                </Link>
                <button type="button" class="button secondary small" aria-expanded={changing()} onClick={() => setChanging(!changing())}>
                  {changing() ? tv().keep : tv().change}
                </button>
                <button type="button" class="button secondary small" disabled={busy()} onClick={() => void cancel()}>
                  {tv().cancel}
                </button>
              </div>
            </section>
          );
        }}
      </Show>
      <div role="alert">
        <Show when={problem()}>
          <p class="notice error">{problem()}</p>
        </Show>
      </div>
      <Show when={!active() || changing()}>
        <div class="field">
          <label for="visit-city">{tv().city}</label>
          <select
            id="visit-city"
            value={city()}
            onChange={(e) => {
              setCity(e.currentTarget.value as CityId);
              setOfficeId('');
              setSlot(undefined);
            }}
          >
            <For each={CITIES}>{(c) => <option value={c.id}>{c.name[locale()]}</option>}</For>
          </select>
        </div>
        <div class="field" classList={{ 'has-error': Boolean(error()) && !active() }}>
          <label for={fieldId(VISIT_KEY)}>{tv().office}</label>
          <Show when={error() && !active()}>
            <span class="error" id={`${fieldId(VISIT_KEY)}-error`}>
              {fieldMessage(error()!)}
            </span>
          </Show>
          <select
            id={fieldId(VISIT_KEY)}
            value={officeId()}
            aria-invalid={Boolean(error()) && !active()}
            aria-describedby={error() && !active() ? `${fieldId(VISIT_KEY)}-error` : undefined}
            onChange={(e) => {
              setOfficeId(e.currentTarget.value);
              setDate(undefined);
              setSlot(undefined);
            }}
          >
            <option value="">{tv().chooseOffice}</option>
            <For each={offices()}>
              {(o) => (
                <option value={o.id}>
                  {o.name[locale()]} — {addressText(o)}
                </option>
              )}
            </For>
          </select>
          <Show when={!offices().length}>
            <p class="hint">{tv().noOffices}</p>
          </Show>
        </div>
        <Show when={office() && now()}>
          <SlotPicker
            office={office()!}
            days={days()}
            date={date()}
            startsAt={slot()?.startsAt}
            now={now()!}
            onDate={(d) => {
              setDate(d);
              setSlot(undefined);
            }}
            onSlot={setSlot}
          />
        </Show>
        <Show when={slot() && office()}>
          <p role="status">
            {fill(tv().slotChosen, {
              when: officeDateTime(office()!, slot()!.startsAt),
              office: office()!.name[locale()],
              address: addressText(office()!),
            })}
          </p>
          <div class="button-row">
            <button type="button" class="button" disabled={busy()} onClick={() => void book()}>
              {changing() ? tv().saveChange : tv().book}
            </button>
          </div>
        </Show>
      </Show>
    </div>
  );
}
