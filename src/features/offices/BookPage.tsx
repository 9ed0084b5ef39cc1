// Booking a visit: service → offices with free slots → calendar on the nearest free day → time →
// comment → «Ожидает подтверждения» → «Подтвердить» (date, time and address once more) → the ticket.
// With ?change=<id> the same steps move an existing booking.
import { useNavigate } from '@tanstack/solid-router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { readMirroredBooking } from '../../client/repos/bookingsRepo';
import type { AccountView } from '../../domain/account';
import type { BookingView } from '../../domain/offices/booking';
import { VISIT_SERVICES, visitService } from '../../domain/offices/kinds';
import { officeById, OFFICES } from '../../domain/offices/offices';
import type { Slot } from '../../domain/offices/slots';
import { CITIES } from '../../domain/offices/cities';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { bookingErrorText } from '../../ui/bookingError';
import { changeBooking, confirmBooking, createBooking, readAvailability } from '../../client/bookingsApi';
import type { BookSearch } from './officesSearch';
import { slotsOf } from '../../client/freeSlots';
import { addressText, officeDateTime } from '../../ui/officeText';
import { SlotPicker } from '../../ui/SlotPicker';
import { createSimClock } from './simClock';
import { officesTexts } from '../../i18n/lazy/offices';

function Book(props: { account: () => AccountView; search: BookSearch }) {
  const navigate = useNavigate();
  const now = createSimClock();
  const [moving] = createResource(
    () => props.search.change,
    (id) => readMirroredBooking(props.account().id, id),
  );
  const serviceId = () => moving()?.serviceId ?? props.search.service;
  const city = () => props.search.city ?? (props.search.office ? officeById(props.search.office)?.city : undefined) ?? 'moscow';
  const candidates = createMemo(() =>
    OFFICES.filter((o) => o.city === city() && o.onlineBooking && serviceId() && o.services.includes(serviceId() as never)),
  );
  const [availability] = createResource(
    () =>
      candidates()
        .map((o) => o.id)
        .join(','),
    (ids) => readAvailability(ids.split(',').filter(Boolean)),
  );
  const office = () => (props.search.office ? officeById(props.search.office) : undefined);
  const days = createMemo(() => (office() && serviceId() ? slotsOf(office()!, serviceId()!, now(), availability()) : new Map<string, Slot[]>()));
  const [date, setDate] = createSignal<string>();
  const [slot, setSlot] = createSignal<Slot>();
  const [comment, setComment] = createSignal('');
  const [pending, setPending] = createSignal<BookingView>();
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const set = (patch: Partial<BookSearch>) =>
    void navigate({ to: '/offices/book', search: (prev: BookSearch) => ({ ...prev, ...patch }), replace: true });
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(bookingErrorText(failure));
      queueMicrotask(() => document.getElementById('book-error')?.focus());
    } finally {
      setBusy(false);
    }
  };
  const submit = () =>
    run(async () => {
      const chosen = slot();
      if (!chosen || !office()) throw new Error('no slot');
      if (props.search.change) {
        const moved = await changeBooking(props.account().id, props.search.change, { officeId: office()!.id, startsAt: chosen.startsAt });
        await navigate({ to: '/bookings/$bookingId', params: { bookingId: moved.id } });
        return;
      }
      setPending(
        await createBooking(props.account().id, {
          officeId: office()!.id,
          serviceId: serviceId() as never,
          startsAt: chosen.startsAt,
          comment: comment(),
        }),
      );
      queueMicrotask(() => document.getElementById('book-confirm-title')?.focus());
    });
  const confirm = () =>
    run(async () => {
      const done = await confirmBooking(props.account().id, pending()!.id);
      await navigate({ to: '/bookings/$bookingId', params: { bookingId: done.id } });
    });
  const title = () => (moving() ? fill(officesTexts().offices.book.changeTitle, { ticket: moving()!.ticket }) : officesTexts().offices.book.title);

  return (
    <Page title={title()}>
      <Show when={error()}>
        <p class="notice error" role="alert" id="book-error" tabindex="-1">
          {error()}
        </p>
      </Show>
      <Show when={availability.state === 'ready' && availability() === null}>
        <p class="notice">{officesTexts().offices.book.offline}</p>
      </Show>
      <Show
        when={pending()}
        fallback={
          <>
            <Show when={!props.search.change}>
              <div class="field">
                <label for="book-service">{officesTexts().offices.book.service}</label>
                <select
                  id="book-service"
                  value={serviceId() ?? ''}
                  onChange={(e) => set({ service: e.currentTarget.value || undefined, office: undefined })}
                >
                  <option value="">{officesTexts().offices.book.chooseService}</option>
                  <For each={VISIT_SERVICES.filter((s) => s.id !== 'doctor')}>{(s) => <option value={s.id}>{s.title[locale()]}</option>}</For>
                </select>
              </div>
            </Show>
            <div class="field">
              <label for="book-city">{officesTexts().offices.filters.city}</label>
              <select id="book-city" value={city()} onChange={(e) => set({ city: e.currentTarget.value as BookSearch['city'], office: undefined })}>
                <For each={CITIES}>{(c) => <option value={c.id}>{c.name[locale()]}</option>}</For>
              </select>
            </div>
            <Show when={serviceId() && !office()}>
              <section aria-labelledby="book-offices">
                <h2 id="book-offices">{officesTexts().offices.book.offices}</h2>
                <ul class="office-list">
                  <For each={candidates()}>
                    {(o) => {
                      const first = () => slotsOf(o, serviceId()!, now(), availability()).values().next().value?.[0];
                      return (
                        <li>
                          <strong>{o.name[locale()]}</strong> — {addressText(o)}
                          <br />
                          {first()
                            ? fill(officesTexts().offices.book.firstFree, { when: officeDateTime(o, first()!.startsAt) })
                            : officesTexts().offices.book.noFree}{' '}
                          <Show when={first()}>
                            <button type="button" class="button secondary small" onClick={() => set({ office: o.id })}>
                              {fill(officesTexts().offices.book.choose, { name: o.name[locale()] })}
                            </button>
                          </Show>
                        </li>
                      );
                    }}
                  </For>
                </ul>
              </section>
            </Show>
            <Show when={office()}>
              {(o) => (
                <section aria-labelledby="book-office">
                  <h2 id="book-office">{fill(officesTexts().offices.book.chosen, { name: o().name[locale()] })}</h2>
                  <p>{addressText(o())}</p>
                  <div class="button-row">
                    <button type="button" class="button secondary small" onClick={() => set({ office: undefined })}>
                      {officesTexts().offices.book.otherOffice}
                    </button>
                  </div>
                  <SlotPicker
                    office={o()}
                    days={days()}
                    date={date()}
                    startsAt={slot()?.startsAt}
                    now={now()}
                    onDate={(d) => {
                      setDate(d);
                      setSlot(undefined);
                    }}
                    onSlot={setSlot}
                  />
                  <Show when={!props.search.change}>
                    <div class="field">
                      <label for="book-comment">{officesTexts().offices.book.comment}</label>
                      <textarea id="book-comment" maxLength={500} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
                    </div>
                  </Show>
                  <Show when={slot()} fallback={<p class="hint">{officesTexts().offices.book.pickTime}</p>}>
                    {(s) => (
                      <p role="status">
                        <strong>{officeDateTime(o(), s().startsAt)}</strong>
                      </p>
                    )}
                  </Show>
                  <div class="button-row">
                    <button type="button" class="button" disabled={!slot() || busy()} onClick={() => void submit()}>
                      {props.search.change ? officesTexts().offices.book.submitChange : officesTexts().offices.book.submit}
                    </button>
                  </div>
                </section>
              )}
            </Show>
          </>
        }
      >
        {(booking) => {
          const o = officeById(booking().officeId)!;
          return (
            <section class="card" aria-labelledby="book-confirm-title">
              <h2 id="book-confirm-title" tabindex="-1">
                {officesTexts().offices.book.pending}
              </h2>
              <p>{officesTexts().offices.book.confirmLead}</p>
              <dl>
                <dt>{officesTexts().offices.book.what}</dt>
                <dd>{visitService(booking().serviceId)!.title[locale()]}</dd>
                <dt>{officesTexts().offices.book.when}</dt>
                <dd>{officeDateTime(o, booking().startsAt)}</dd>
                <dt>{officesTexts().offices.book.where}</dt>
                <dd>
                  {o.name[locale()]}, {addressText(o)}
                </dd>
              </dl>
              <div class="button-row">
                <button type="button" class="button" disabled={busy()} onClick={() => void confirm()}>
                  {officesTexts().offices.book.confirm}
                </button>
              </div>
            </section>
          );
        }}
      </Show>
    </Page>
  );
}

export default function BookPage(props: { search: BookSearch }) {
  const account = useAccount();
  return <Book account={account} search={props.search} />;
}
