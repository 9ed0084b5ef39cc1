// The calendar and times of one office: opens on the nearest free day, «Первый доступный слот» picks
// the earliest, days without free time are disabled. Times are the office's local times.
import { createMemo, For, Show } from 'solid-js';
import type { Office } from '../domain/offices/officeSchema';
import type { Slot } from '../domain/offices/slots';
import { cityOf } from '../domain/offices/cities';
import { fill, locale } from '../i18n/i18n';
import { localDayText, officeTime, zoneDiffers } from './officeText';
import { officesTexts } from '../i18n/lazy/offices';

export interface SlotPickerProps {
  office: Office;
  days: Map<string, Slot[]>;
  date: string | undefined;
  startsAt: number | undefined;
  now: number;
  onDate: (date: string) => void;
  onSlot: (slot: Slot) => void;
}

export function SlotPicker(props: SlotPickerProps) {
  const dates = createMemo(() => [...props.days.keys()]);
  const shownDate = () => props.date ?? dates()[0];
  const times = () => (shownDate() ? (props.days.get(shownDate()!) ?? []) : []);
  const pickFirst = () => {
    const first = dates()[0];
    if (!first) return;
    props.onDate(first);
    props.onSlot(props.days.get(first)![0]!);
  };
  return (
    <div>
      <Show when={zoneDiffers(props.office, props.now)}>
        <p class="notice">{fill(officesTexts().offices.book.zoneNote, { zone: cityOf(props.office.city).name[locale()] })}</p>
      </Show>
      <div class="button-row">
        <button type="button" class="button" onClick={pickFirst} disabled={!dates().length}>
          {officesTexts().offices.book.first}
        </button>
      </div>
      <fieldset>
        <legend>{officesTexts().offices.book.calendar}</legend>
        <div class="calendar">
          <For each={dates()}>
            {(date) => (
              <button
                type="button"
                class="button secondary small"
                aria-pressed={shownDate() === date}
                aria-label={fill(officesTexts().offices.book.dayFree, { date: localDayText(date), count: props.days.get(date)!.length })}
                onClick={() => props.onDate(date)}
              >
                {date.slice(8)}.{date.slice(5, 7)}
              </button>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={shownDate()}>
        {(date) => (
          <fieldset>
            <legend>{fill(officesTexts().offices.book.slots, { date: localDayText(date()) })}</legend>
            <ul class="slot-list">
              <For each={times()}>
                {(slot) => (
                  <li>
                    <button
                      type="button"
                      class="button secondary small"
                      aria-pressed={props.startsAt === slot.startsAt}
                      onClick={() => props.onSlot(slot)}
                    >
                      {officeTime(props.office, slot.startsAt)}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </fieldset>
        )}
      </Show>
    </div>
  );
}
