// One booking: status, ticket number with its QR code, where and when in the office's time, what to
// bring, the .ics file (built on the device, so it works offline), move, cancel, check in and the live
// place in the electronic queue.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { readMirroredBooking } from '../../client/repos/bookingsRepo';
import type { AccountView } from '../../domain/account';
import { bookingIcs } from '../../domain/offices/ics';
import { visitService } from '../../domain/offices/kinds';
import { officeById } from '../../domain/offices/offices';
import { placeAt, placeInLine } from '../../domain/offices/queueLoad';
import { fill, locale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { isMissing, MissingItem } from '../../ui/MissingItem';
import { Page } from '../../ui/Page';
import { QrCode } from '../../ui/QrCode';
import { useAccount } from '../../ui/signedIn';
import { bookingErrorText } from '../../ui/bookingError';
import { arriveBooking, cancelBooking } from '../../client/bookingsApi';
import { addressText, officeDateTime } from '../../ui/officeText';
import { createSimClock } from './simClock';
import { DoctorPdfButton } from './DoctorPdfButton';
import { officesTexts } from '../../i18n/lazy/offices';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Booking(props: { account: () => AccountView; id: string }) {
  const navigate = useNavigate();
  const now = createSimClock();
  const booking = createLiveQuery(() => readMirroredBooking(props.account().id, props.id));
  const [error, setError] = createSignal('');
  const [asking, setAsking] = createSignal(false);
  const act = async (action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(bookingErrorText(failure));
      queueMicrotask(() => document.getElementById('booking-error')?.focus());
    }
  };
  return (
    <Show
      when={booking.value()}
      fallback={
        isMissing(booking) ? (
          <MissingItem kind="booking" />
        ) : (
          <Page title={officesTexts().offices.mine.title}>
            <p role="status">{officesTexts().offices.mine.loading}</p>
          </Page>
        )
      }
    >
      {(b) => {
        const office = () => officeById(b().officeId)!;
        const doctor = () => office().doctors?.find((d) => d.id === b().doctorId);
        const ics = () =>
          bookingIcs({
            uid: `${b().id}@okno.local`,
            sequence: b().sequence,
            startsAt: b().startsAt,
            endsAt: b().endsAt,
            stamp: b().updatedAt,
            summary: `${visitService(b().serviceId)!.title[locale()]} — ${office().name[locale()]}, ${b().ticket}`,
            location: addressText(office()),
            description: `${officesTexts().offices.ticket.ticket}: ${b().ticket}`,
            cancelled: b().status === 'cancelled',
          });
        // The office's own line when it keeps one (operator console); else the simulated line on the clock.
        const queue = () => {
          const q = b().status === 'arrived' ? b().queue : undefined;
          if (!q) return undefined;
          return q.place !== undefined ? placeAt(q.place) : placeInLine(b().ticket, q.arrivedAt, now());
        };
        return (
          <Page title={fill(officesTexts().offices.ticket.title, { ticket: b().ticket })}>
            <p class={b().status === 'cancelled' ? 'notice error' : 'notice success'} role="status">
              <strong>{officesTexts().offices.statuses[b().status]}</strong>
            </p>
            <Show when={error()}>
              <p class="notice error" role="alert" id="booking-error" tabindex="-1">
                {error()}
              </p>
            </Show>
            <Show when={b().notice}>{(text) => <p class="notice">{fill(officesTexts().offices.ticket.notice, { text: text() })}</p>}</Show>
            <Show when={b().status === 'served' && b().queue}>
              <p class="notice success" role="status">
                {fill(officesTexts().offices.ticket.called, { number: b().ticket })}
              </p>
            </Show>
            <Show when={queue()}>
              {(q) => (
                <p class="notice" role="status">
                  {q().place <= 1
                    ? fill(officesTexts().offices.ticket.next, { number: b().ticket })
                    : fill(officesTexts().offices.ticket.queue, { number: b().ticket, ahead: q().place - 1, min: q().waitMin })}
                </p>
              )}
            </Show>
            <dl>
              <dt>{officesTexts().offices.ticket.ticket}</dt>
              <dd>
                <strong>{b().ticket}</strong>
              </dd>
              <dt>{officesTexts().offices.book.what}</dt>
              <dd>{visitService(b().serviceId)!.title[locale()]}</dd>
              <Show when={doctor()}>
                {(d) => (
                  <>
                    <dt>{officesTexts().offices.ticket.doctor}</dt>
                    <dd>
                      {officesTexts().offices.specialties[d().specialty]}: {d().name[locale()]},{' '}
                      {fill(officesTexts().offices.ticket.room, { room: d().room })}
                    </dd>
                  </>
                )}
              </Show>
              <Show when={b().patient}>
                {(p) => (
                  <>
                    <dt>{officesTexts().offices.ticket.patient}</dt>
                    <dd>{p().name}</dd>
                  </>
                )}
              </Show>
              <dt>{officesTexts().offices.book.when}</dt>
              <dd>{officeDateTime(office(), b().startsAt)}</dd>
              <dt>{officesTexts().offices.book.where}</dt>
              <dd>
                {office().name[locale()]}, {addressText(office())}
              </dd>
              <Show when={b().comment}>
                <dt>{officesTexts().offices.ticket.comment}</dt>
                <dd>{b().comment}</dd>
              </Show>
            </dl>
            <Show when={b().status === 'confirmed' || b().status === 'arrived'}>
              <div class="ticket-qr">
                <QrCode text={`okno:booking:${b().id}:${b().ticket}`} label={fill(officesTexts().offices.ticket.qr, { ticket: b().ticket })} />
                <p class="hint">{officesTexts().offices.ticket.qrHint}</p>
              </div>
            </Show>
            <p>
              {fill(officesTexts().offices.hints.bring, { list: visitService(b().serviceId)!.bring[locale()] })} {officesTexts().offices.hints.early}
            </p>
            <div class="button-row">
              <button type="button" class="button secondary" onClick={() => download(`okno-${b().ticket}.ics`, ics())}>
                {officesTexts().offices.ticket.ics}
              </button>
              <Show when={doctor() && b().patient && (b().status === 'confirmed' || b().status === 'arrived')}>
                <DoctorPdfButton booking={b()} office={office()} />
              </Show>
              <Show when={b().status === 'confirmed'}>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() =>
                    void (doctor()
                      ? navigate({
                          to: '/offices/doctor',
                          search: { change: b().id, clinic: b().officeId, city: office().city, specialty: doctor()!.specialty },
                        })
                      : navigate({ to: '/offices/book', search: { change: b().id, office: b().officeId, city: office().city } }))
                  }
                >
                  {officesTexts().offices.ticket.change}
                </button>
                <button type="button" class="button secondary" onClick={() => void act(() => arriveBooking(props.account().id, b().id))}>
                  {officesTexts().offices.ticket.arrive}
                </button>
                <button type="button" class="button danger" onClick={() => setAsking(true)}>
                  {officesTexts().offices.ticket.cancel}
                </button>
              </Show>
            </div>
            <ConfirmDialog
              open={asking()}
              title={officesTexts().offices.ticket.cancel}
              confirmLabel={officesTexts().offices.ticket.cancel}
              cancelLabel={officesTexts().offices.ticket.keep}
              danger
              onConfirm={() => {
                setAsking(false);
                void act(() => cancelBooking(props.account().id, b().id));
              }}
              onCancel={() => setAsking(false)}
            >
              <p>{fill(officesTexts().offices.ticket.cancelAsk, { ticket: b().ticket })}</p>
            </ConfirmDialog>
            <Link to="/bookings">{officesTexts().offices.ticket.back}</Link>
          </Page>
        );
      }}
    </Show>
  );
}

export default function BookingPage(props: { id: string }) {
  const account = useAccount();
  return <Booking account={account} id={props.id} />;
}
