// The daily digest's text, in Russian as the portal would send it: one line per event since the last
// digest. An SMS names at most SMS_LINES events and says how many more wait in the app.
import { formatMoscowDateTime } from '../../domain/calendar';
import type { DigestItem } from './rows';

const SMS_LINES = 3;

export function digestMessage(items: readonly DigestItem[], due: number, channel: 'sms' | 'email' | 'push'): { subject: string; body: string } {
  const subject = `Сводка уведомлений на ${formatMoscowDateTime(due)}`;
  const sorted = [...items].sort((a, b) => a.at - b.at);
  const lines = sorted.map((item) => `— ${formatMoscowDateTime(item.at)}: ${item.subject}`);
  const shown = channel === 'email' ? lines : lines.slice(0, SMS_LINES);
  const more = lines.length - shown.length;
  const tail = more > 0 ? `\nЕщё событий: ${more} — все они в разделе «Уведомления».` : '\nПодробности — в разделе «Уведомления».';
  return { subject, body: `С прошлой сводки событий: ${lines.length}.\n${shown.join('\n')}${tail}` };
}
