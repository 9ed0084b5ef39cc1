// When a daily digest goes out: the first DIGEST_HOUR (Moscow, on the simulated clock) strictly after
// the moment given. Pure, so the server and the settings page's explanation agree.
import { addCalendarDays, moscowDate, moscowTime } from './calendar';
import { DIGEST_HOUR } from './notifications';

export function nextDigestAt(at: number): number {
  const today = moscowTime(moscowDate(at), DIGEST_HOUR);
  return today > at ? today : moscowTime(addCalendarDays(moscowDate(at), 1), DIGEST_HOUR);
}
