// Kiosk mode for demo stands, where visitors take turns at one device. After the chosen minutes without
// a key or a touch, the signed-in visitor is warned; 30 seconds later their session ends, their data is
// erased from the device (the same as «Завершить сеанс и очистить устройство») and the page reloads, so
// nothing of them stays in memory either. The setting belongs to the device, not to a person.
import { createEffect, createMemo, createRoot, createSignal, on } from 'solid-js';
import { currentAccount } from './sessionState';

export const KIOSK_MINUTES = [0, 2, 5, 10, 15] as const;
export const KIOSK_WARNING_MS = 30_000;
const MINUTES_KEY = 'okno.kiosk.minutes';
const ENDED_KEY = 'okno.kiosk.ended';

function readMinutes(): number {
  const stored = Number(localStorage.getItem(MINUTES_KEY));
  return (KIOSK_MINUTES as readonly number[]).includes(stored) ? stored : 0;
}

const [minutes, setMinutes] = createSignal(typeof localStorage === 'undefined' ? 0 : readMinutes());
const [warning, setWarning] = createSignal(false);
/** Minutes of inactivity before a visitor's session ends; 0 when kiosk mode is off. */
export { minutes as kioskMinutes, warning as kioskWarning };

export function setKioskMinutes(value: number): void {
  localStorage.setItem(MINUTES_KEY, String(value));
  setMinutes(value);
}

/** True once after a reload that ended a visit: the next visitor is told the device is clean. */
export function takeKioskEnded(): boolean {
  const ended = sessionStorage.getItem(ENDED_KEY) !== null;
  sessionStorage.removeItem(ENDED_KEY);
  return ended;
}

/** Ends the visit: sign out, wait for the journal, erase the account's rows on the device. */
export async function endVisit(accountId: string): Promise<void> {
  const [{ signOut }, { auditSettled }, { wipeAccountData }] = await Promise.all([
    import('./session'),
    import('./auditTrail'),
    import('./repos/deviceRepo'),
  ]);
  await signOut();
  // The sign-out's own journal entry must land before the wipe, or it would outlive it.
  await auditSettled();
  await wipeAccountData(accountId);
}

let lastInput = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;
let ending = false;

/** Dismisses the warning: the visitor is still here. */
export function stayInKiosk(): void {
  lastInput = Date.now();
  setWarning(false);
  schedule();
}

function schedule(): void {
  clearTimeout(timer);
  const account = currentAccount();
  const limit = minutes() * 60_000;
  if (!account || limit === 0 || ending) {
    setWarning(false);
    return;
  }
  const idle = Date.now() - lastInput;
  if (idle >= limit) {
    ending = true;
    void endVisit(account.id).finally(() => {
      sessionStorage.setItem(ENDED_KEY, '1');
      window.location.assign('/');
    });
    return;
  }
  const warnAt = limit - KIOSK_WARNING_MS;
  setWarning(idle >= warnAt);
  timer = setTimeout(schedule, idle >= warnAt ? limit - idle : warnAt - idle);
}

let started = false;

export function startKiosk(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const input = () => {
    // While the warning shows, only «Продолжить работу» answers it: a stray touch elsewhere is not enough.
    if (!warning()) lastInput = Date.now();
  };
  for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) document.addEventListener(type, input, { passive: true, capture: true });
  createRoot(() => {
    // A new setting or a new visitor starts the count afresh. The id, not the account: the session
    // check refreshes the account every minute, and that is not the visitor doing anything.
    const accountId = createMemo(() => currentAccount()?.id);
    createEffect(
      on([minutes, accountId], () => {
        lastInput = Date.now();
        schedule();
      }),
    );
  });
}
