// One office: address, phone, hours (today and the week, with exceptions), services or doctors, the
// queue now with a small accessible chart of the day, tips, and the way to book.
import { Link } from '../../ui/Link';
import { For, Show } from 'solid-js';
import { cityOf } from '../../domain/offices/cities';
import { visitService } from '../../domain/offices/kinds';
import type { Office } from '../../domain/offices/officeSchema';
import { addCalendarDays, localDate, offsetOf, scheduleOn } from '../../domain/offices/officeTime';
import { dayLoad, queueLoadAt } from '../../domain/offices/queueLoad';
import { fill, locale } from '../../i18n/i18n';
import { addressText, hoursText } from '../../ui/officeText';
import { officesTexts } from '../../i18n/lazy/offices';

function weekStart(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addCalendarDays(date, -weekday);
}

export function OfficeCard(props: { office: Office; now: number; onClose: () => void }) {
  const o = () => props.office;
  const today = () => localDate(props.now, offsetOf(o()));
  const schedule = () => scheduleOn(o(), today());
  const load = () => queueLoadAt(o(), props.now);
  const chart = () => dayLoad(o(), today());
  const max = () => Math.max(1, ...chart().map((h) => h.waiting));
  const services = () => o().services.map((id) => visitService(id)!);
  return (
    <section class="card" aria-labelledby="office-card-title">
      <h2 id="office-card-title" tabindex="-1">
        {o().name[locale()]}
      </h2>
      <p>
        {officesTexts().offices.kinds[o().kind]} · {o().district[locale()]}
      </p>
      <dl>
        <dt>{officesTexts().offices.card.address}</dt>
        <dd>
          {addressText(o())}, {o().address.postcode}
        </dd>
        <dt>{officesTexts().offices.card.phone}</dt>
        <dd>
          <a href={`tel:${o().phone.replace(/[^+\d]/g, '')}`}>{o().phone}</a>
        </dd>
        <dt>{officesTexts().offices.card.today}</dt>
        <dd>
          {hoursText(schedule().hours)}
          <Show when={schedule().exception}>{(why) => <> — {why()[locale()]}</>}</Show>
          <Show when={schedule().holiday && !schedule().exception}> — {officesTexts().offices.card.holiday}</Show>
        </dd>
      </dl>
      <p class="hint">{fill(officesTexts().offices.card.timeZone, { zone: cityOf(o().city).name[locale()] })}</p>
      <h3>{officesTexts().offices.card.hours}</h3>
      <ul class="office-list">
        <For each={[0, 1, 2, 3, 4, 5, 6]}>
          {(i) => {
            const date = () => addCalendarDays(weekStart(today()), i);
            return (
              <li>
                {officesTexts().offices.card.weekdays[i]} {date().slice(8)}.{date().slice(5, 7)}: {hoursText(scheduleOn(o(), date()).hours)}
              </li>
            );
          }}
        </For>
      </ul>
      <p>
        {fill(officesTexts().offices.card.windows, { count: o().windows })} ·{' '}
        {o().onlineBooking ? officesTexts().offices.card.online : officesTexts().offices.card.noOnline}
      </p>
      <h3>{officesTexts().offices.load.title}</h3>
      <Show when={load()} fallback={<p>{officesTexts().offices.load.closed}</p>}>
        {(l) => (
          <>
            <Show when={l().high}>
              <p class="notice error">
                <strong>{officesTexts().offices.load.high}</strong>
              </p>
            </Show>
            <p>
              {fill(officesTexts().offices.load.waiting, { count: l().waiting })} ·{' '}
              {fill(officesTexts().offices.load.wait, { min: l().averageWaitMin })}
            </p>
            <p>{fill(officesTexts().offices.load.windows, { free: l().windowsFree, busy: l().windowsBusy, open: l().windowsOpen })}</p>
          </>
        )}
      </Show>
      <Show when={chart().length}>
        <ul class="load-chart" aria-label={officesTexts().offices.load.chart}>
          <For each={chart()}>
            {(h) => (
              <li data-high={String(h.high)} style={{ height: `${(h.waiting / max()) * 100}%` }}>
                <span class="visually-hidden">{fill(officesTexts().offices.load.chartHour, { hour: h.hour, count: h.waiting })}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>{o().doctors ? officesTexts().offices.card.doctors : officesTexts().offices.card.services}</h3>
      <ul>
        <Show when={o().doctors} fallback={<For each={services()}>{(s) => <li>{s.title[locale()]}</li>}</For>}>
          {(doctors) => (
            <For each={doctors()}>
              {(d) => (
                <li>
                  {officesTexts().offices.specialties[d.specialty]}: {d.name[locale()]}
                </li>
              )}
            </For>
          )}
        </Show>
      </ul>
      <h3>{officesTexts().offices.hints.title}</h3>
      <ul>
        <li>{officesTexts().offices.hints.quiet}</li>
        <li>{officesTexts().offices.hints.early}</li>
        <li>{fill(officesTexts().offices.hints.bring, { list: services()[0]!.bring[locale()] })}</li>
      </ul>
      <div class="button-row">
        <Show when={o().onlineBooking}>
          <Link class="button" to="/offices/book" search={{ office: o().id, service: o().services[0], city: o().city }}>
            {officesTexts().offices.card.book}
          </Link>
        </Show>
        <Link
          class="button secondary"
          to="/appeals/new"
          search={{
            type: 'complaint',
            topic: 'services',
            related: o().id,
            reason: fill(officesTexts().offices.card.complaintText, { office: o().name[locale()], address: addressText(o()) }),
          }}
        >
          {officesTexts().offices.card.complain}
        </Link>
        <button type="button" class="button secondary" onClick={() => props.onClose()}>
          {officesTexts().offices.card.close}
        </button>
      </div>
    </section>
  );
}
