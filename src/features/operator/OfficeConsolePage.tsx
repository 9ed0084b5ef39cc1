// «Приём в офисе» in the operator console (issue 14, point 4): pick an office and a day, see its
// bookings, call the next visitor from the electronic queue, mark arrival or a no-show, and change the
// day's hours (the server cancels what no longer fits and tells those citizens).
import { useNavigate } from '@tanstack/solid-router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { CITIES } from '../../domain/offices/cities';
import { OFFICES } from '../../domain/offices/offices';
import { fill, locale } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { hoursText } from '../../ui/officeText';
import { ConsolePage } from './ConsolePage';
import { OfficeDayTable } from './OfficeDayTable';
import { OfficeHoursForm } from './OfficeHoursForm';
import { callNext, readOfficeDay } from './officeConsoleApi';
import type { OfficeConsoleSearch } from './officeConsoleSearch';
import { operatorErrorText } from './operatorText';
import { operatorTexts } from '../../i18n/lazy/operator';

function Console(props: { pin: string; search: OfficeConsoleSearch }) {
  const navigate = useNavigate();
  const c = () => operatorTexts().officeConsole;
  const [day, { refetch }] = createResource(
    () => (props.search.office ? { office: props.search.office, date: props.search.date } : undefined),
    (key) => readOfficeDay(props.pin, key.office, key.date),
  );
  const [message, setMessage] = createSignal('');
  const [failure, setFailure] = createSignal('');
  const set = (patch: Partial<OfficeConsoleSearch>) =>
    void navigate({ to: '/operator/offices', search: { ...props.search, ...patch }, replace: true });
  const done = (text: string) => {
    setFailure('');
    setMessage(text);
    void refetch();
  };
  const failed = (error: unknown) => {
    setMessage('');
    setFailure(operatorErrorText(error));
  };
  const waiting = () => (day()?.bookings ?? []).filter((b) => b.status === 'arrived').sort((a, b) => (a.queue?.place ?? 0) - (b.queue?.place ?? 0));
  const call = async () => {
    try {
      const called = await callNext(props.pin, props.search.office!);
      done(fill(c().called, { ticket: called.ticket }));
    } catch (error) {
      failed(error);
    }
  };
  return (
    <>
      <div class="filters">
        <div class="field">
          <label for="console-office">{c().office}</label>
          {/* Each option says whether it is chosen: a select's value set before its options exist is lost. */}
          <select id="console-office" onChange={(e) => set({ office: e.currentTarget.value || undefined })}>
            <option value="">{c().chooseOffice}</option>
            <For each={CITIES}>
              {(city) => (
                <optgroup label={city.name[locale()]}>
                  <For each={OFFICES.filter((o) => o.city === city.id)}>
                    {(o) => (
                      <option value={o.id} selected={o.id === props.search.office}>
                        {o.name[locale()]}
                      </option>
                    )}
                  </For>
                </optgroup>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="console-date">{c().date}</label>
          <input
            id="console-date"
            type="date"
            value={props.search.date ?? day()?.date ?? ''}
            onChange={(e) => set({ date: e.currentTarget.value || undefined })}
          />
        </div>
      </div>
      <div role="status">
        <Show when={message()}>
          <p class="notice success">{message()}</p>
        </Show>
      </div>
      <div role="alert">
        <Show when={failure()}>
          <p class="notice error">{failure()}</p>
        </Show>
      </div>
      <Show when={day.error}>
        <p class="notice error">{errorText(day.error)}</p>
      </Show>
      <Show when={props.search.office && day.loading && !day()}>
        <p>{c().loading}</p>
      </Show>
      <Show when={day()}>
        {(d) => (
          <>
            <p>{fill(c().hours, { hours: d().schedule.hours ? hoursText(d().schedule.hours) : c().closed })}</p>
            <section aria-labelledby="console-queue-title">
              <h2 id="console-queue-title">{c().queue}</h2>
              <p>{waiting().length ? fill(c().waiting, { count: waiting().length }) : c().nobody}</p>
              <Show when={waiting().length}>
                <ol>
                  <For each={waiting()}>{(b) => <li>{b.ticket}</li>}</For>
                </ol>
              </Show>
              <button type="button" class="button" onClick={() => void call()}>
                {c().callNext}
              </button>
            </section>
            <OfficeDayTable pin={props.pin} day={d()} onDone={done} onFailure={failed} />
            {/* Keyed by office and day: the form starts from that day's hours. */}
            <Show when={`${d().officeId}|${d().date}`} keyed>
              {(_key) => <OfficeHoursForm pin={props.pin} officeId={d().officeId} date={d().date} hours={d().schedule.hours} onDone={done} />}
            </Show>
          </>
        )}
      </Show>
    </>
  );
}

export default function OfficeConsolePage(props: { search: OfficeConsoleSearch }) {
  const c = () => operatorTexts().officeConsole;
  return <ConsolePage texts={c()}>{(pin) => <Console pin={pin} search={props.search} />}</ConsolePage>;
}
