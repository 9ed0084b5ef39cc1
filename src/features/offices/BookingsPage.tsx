// «Мои записи»: the account's bookings from the device's mirror (a live query), upcoming first.
import { Link } from '../../ui/Link';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listMirroredBookings } from '../../client/repos/bookingsRepo';
import type { AccountView } from '../../domain/account';
import type { BookingView } from '../../domain/offices/booking';
import { visitService } from '../../domain/offices/kinds';
import { officeById } from '../../domain/offices/offices';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { sortBookings } from './bookingsQuery';
import { officeDateTime } from '../../ui/officeText';
import { createSimClock } from './simClock';
import { officesTexts } from '../../i18n/lazy/offices';
import { doctorTexts } from '../../i18n/lazy/doctor';

function Row(props: { booking: BookingView }) {
  const office = () => officeById(props.booking.officeId)!;
  const doctor = () => office().doctors?.find((d) => d.id === props.booking.doctorId);
  return (
    <li class="booking-row">
      <Link to="/bookings/$bookingId" params={{ bookingId: props.booking.id }}>
        {props.booking.ticket} — {visitService(props.booking.serviceId)!.title[locale()]}
      </Link>
      <br />
      <span>
        {officeDateTime(office(), props.booking.startsAt)} · {office().name[locale()]} · {officesTexts().offices.statuses[props.booking.status]}
      </span>
      <Show when={doctor()}>
        {(d) => (
          <>
            <br />
            <span>
              {fill(doctorTexts().doctor.row, {
                specialty: officesTexts().offices.specialties[d().specialty],
                doctor: d().name[locale()],
                room: d().room,
                patient: props.booking.patient?.name ?? '',
              })}
            </span>
          </>
        )}
      </Show>
    </li>
  );
}

/** Rows drawn at first per section, and added by each «Показать ещё»: a long history paints its first row at once. */
const PAGE_ROWS = 30;

function Section(props: { id: string; title: string; rows: BookingView[] }) {
  const [shown, setShown] = createSignal(PAGE_ROWS);
  const left = () => props.rows.length - shown();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul class="office-list">
        <For each={props.rows.slice(0, shown())}>{(b) => <Row booking={b} />}</For>
      </ul>
      <Show when={left() > 0}>
        <button type="button" class="button secondary" onClick={() => setShown((n) => n + PAGE_ROWS)}>
          {fill(officesTexts().offices.mine.more, { count: String(Math.min(left(), PAGE_ROWS)) })}
        </button>
      </Show>
    </section>
  );
}

function Bookings(props: { account: () => AccountView }) {
  const now = createSimClock();
  const bookings = createLiveQuery(() => listMirroredBookings(props.account().id));
  const sorted = createMemo(() => sortBookings(bookings.value() ?? [], now()));
  return (
    <Page title={officesTexts().offices.mine.title} lead={officesTexts().offices.mine.lead}>
      <div class="button-row">
        <Link class="button secondary" to="/offices/book">
          {officesTexts().offices.mine.find}
        </Link>
      </div>
      <Show when={!bookings.loading()} fallback={<p role="status">{officesTexts().offices.mine.loading}</p>}>
        <Show when={(bookings.value() ?? []).length} fallback={<p>{officesTexts().offices.mine.none}</p>}>
          <Section id="bookings-upcoming" title={officesTexts().offices.mine.upcoming} rows={sorted().upcoming} />
          <Section id="bookings-past" title={officesTexts().offices.mine.past} rows={sorted().past} />
        </Show>
      </Show>
    </Page>
  );
}

export default function BookingsPage() {
  const account = useAccount();
  return <Bookings account={account} />;
}
