// The simulated clock: shows it ticking at its speed, moves it forward, sets it, changes its speed.
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import type { ClockCommand } from '../../domain/clock';
import { fill, formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { changeClock, readClock } from './demoApi';
import { settled } from '../../ui/settled';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SPEEDS = [
  { value: 0, label: 'speedPaused' },
  { value: 1, label: 'speedRealtime' },
  { value: 60, label: 'speedMinute' },
  { value: 3600, label: 'speedHour' },
  { value: 86_400, label: 'speedDay' },
] as const;

export function ClockPanel() {
  const [tick, setTick] = createSignal(performance.now());
  const [fetchedAt, setFetchedAt] = createSignal(performance.now());
  const [clock, { mutate }] = createResource(
    () => lastPull(),
    async () => {
      const view = await readClock();
      setFetchedAt(performance.now());
      return view;
    },
  );
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [newTime, setNewTime] = createSignal('');
  const timer = setInterval(() => setTick(performance.now()), 1000);
  onCleanup(() => clearInterval(timer));

  const shown = () => {
    const c = settled(clock);
    return c ? c.nowMs + (tick() - fetchedAt()) * c.speed : null;
  };
  const run = async (command: ClockCommand) => {
    try {
      // A demo's jump is time travel: the citizen signed in on another tab stays signed in.
      const next = await changeClock({ ...command, keepSessions: true });
      mutate(next);
      setFetchedAt(performance.now());
      setTick(performance.now());
      setMessage({ ok: true, text: fill(t().demo.clockUpdated, { time: formatDateTime(next.nowMs) }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  const setTime = (event: SubmitEvent) => {
    event.preventDefault();
    const ms = Date.parse(`${newTime()}:00+03:00`);
    if (!Number.isNaN(ms)) void run({ set: new Date(ms).toISOString() });
  };

  return (
    <section class="card" aria-labelledby="clock-title">
      <h2 id="clock-title">{t().demo.clockTitle}</h2>
      <Show when={clock.error}>
        <p class="notice error" role="alert">
          {errorText(clock.error)}
        </p>
      </Show>
      <p>{t().demo.simulatedNow}:</p>
      <p class="big-time" data-testid="sim-now" data-ms={shown() ?? ''}>
        {shown() === null ? '…' : formatDateTime(shown()!)}
      </p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => void run({ advanceMs: HOUR_MS })}>
          {t().demo.advanceHour}
        </button>
        <button type="button" class="button secondary" onClick={() => void run({ advanceMs: DAY_MS })}>
          {t().demo.advanceDay}
        </button>
        <button type="button" class="button secondary" onClick={() => void run({ advanceMs: 7 * DAY_MS })}>
          {t().demo.advanceWeek}
        </button>
      </div>
      <form onSubmit={setTime}>
        <div class="field">
          <label for="sim-time">{t().demo.newTime}</label>
          <input id="sim-time" type="datetime-local" required value={newTime()} onInput={(e) => setNewTime(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button secondary">
          {t().demo.setTime}
        </button>
      </form>
      <div class="field space-above">
        <label for="sim-speed">{t().demo.speed}</label>
        <select id="sim-speed" value={String(settled(clock)?.speed ?? 1)} onChange={(e) => void run({ speed: Number(e.currentTarget.value) })}>
          <For each={SPEEDS}>{(speed) => <option value={speed.value}>{t().demo[speed.label]}</option>}</For>
        </select>
      </div>
      <p role="status" class={message()?.ok === false ? 'notice error' : message() ? 'notice success' : ''}>
        {message()?.text}
      </p>
    </section>
  );
}
