// The doctors of one specialty side by side: a table of dates (a row each) with every doctor's free
// times that day, and under it the chosen day's times in one column per doctor. Times are the clinic's.
import { createSignal, For, Show } from 'solid-js';
import type { DoctorColumn } from '../../domain/offices/doctors';
import type { Office } from '../../domain/offices/officeSchema';
import type { Slot } from '../../domain/offices/slots';
import { fill, locale } from '../../i18n/i18n';
import { localDayText, officeTime } from '../../ui/officeText';
import { doctorTexts } from '../../i18n/lazy/doctor';

export interface DoctorTableProps {
  office: Office;
  columns: DoctorColumn[];
  dates: string[];
  date: string | undefined;
  chosen: { doctorId: string; startsAt: number } | undefined;
  onDate: (date: string) => void;
  onSlot: (doctorId: string, slot: Slot) => void;
}

/** The first two weeks fit on a screen; the rest of the 30-day window opens on request. */
const FIRST_DATES = 14;

export function DoctorTable(props: DoctorTableProps) {
  const [all, setAll] = createSignal(false);
  const rows = () => (all() ? props.dates : props.dates.slice(0, FIRST_DATES));
  const shown = () => props.date ?? props.dates[0];
  const summary = (slots: Slot[] | undefined) =>
    slots?.length
      ? `${officeTime(props.office, slots[0]!.startsAt)}–${officeTime(props.office, slots.at(-1)!.endsAt)} (${slots.length})`
      : doctorTexts().doctor.none;
  return (
    <Show when={props.dates.length} fallback={<p class="notice">{doctorTexts().doctor.noSlots}</p>}>
      <div class="table-scroll">
        <table class="appeals-table doctor-table">
          <caption>{doctorTexts().doctor.doctorsHint}</caption>
          <thead>
            <tr>
              <th scope="col">{doctorTexts().doctor.date}</th>
              <For each={props.columns}>{(c) => <th scope="col">{c.doctor.name[locale()]}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(date) => (
                <tr>
                  <th scope="row">
                    <button type="button" class="button secondary small" aria-pressed={shown() === date} onClick={() => props.onDate(date)}>
                      {localDayText(date)}
                    </button>
                  </th>
                  <For each={props.columns}>{(c) => <td>{summary(c.days.get(date))}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={!all() && props.dates.length > FIRST_DATES}>
        <div class="button-row">
          <button type="button" class="button secondary small" onClick={() => setAll(true)}>
            {fill(doctorTexts().doctor.allDates, { count: props.dates.length })}
          </button>
        </div>
      </Show>
      <Show when={shown()}>
        {(date) => (
          <div class="doctor-columns">
            <For each={props.columns}>
              {(c) => (
                <fieldset>
                  <legend>
                    {fill(doctorTexts().doctor.column, { doctor: c.doctor.name[locale()], room: c.doctor.room, date: localDayText(date()) })}
                  </legend>
                  <Show when={c.days.get(date())?.length} fallback={<p>{doctorTexts().doctor.none}</p>}>
                    <ul class="slot-list">
                      <For each={c.days.get(date())}>
                        {(slot) => (
                          <li>
                            <button
                              type="button"
                              class="button secondary small"
                              aria-pressed={props.chosen?.doctorId === c.doctor.id && props.chosen.startsAt === slot.startsAt}
                              onClick={() => props.onSlot(c.doctor.id, slot)}
                            >
                              {officeTime(props.office, slot.startsAt)}
                            </button>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </fieldset>
              )}
            </For>
          </div>
        )}
      </Show>
    </Show>
  );
}
