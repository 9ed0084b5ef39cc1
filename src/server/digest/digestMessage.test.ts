import { describe, expect, it } from 'vitest';
import { digestMessage } from './digestMessage';

const at = (hour: number) => Date.parse(`2026-03-02T${String(hour).padStart(2, '0')}:00:00+03:00`);
const items = [13, 10, 11, 12, 14].map((hour) => ({ at: at(hour), subject: `Событие в ${hour}:00`, channels: ['sms' as const, 'email' as const] }));

describe('the daily digest’s text', () => {
  it('lists every event by e-mail, oldest first, under the digest hour', () => {
    const { subject, body } = digestMessage(items, at(9) + 86_400_000, 'email');
    expect(subject).toBe('Сводка уведомлений на 03.03.2026 09:00');
    expect(body.split('\n').slice(0, 3)).toEqual([
      'С прошлой сводки событий: 5.',
      '— 02.03.2026 10:00: Событие в 10:00',
      '— 02.03.2026 11:00: Событие в 11:00',
    ]);
    expect(body).toContain('Событие в 14:00');
  });

  it('keeps an SMS short: three events and how many more wait in the app', () => {
    const { body } = digestMessage(items, at(9) + 86_400_000, 'sms');
    expect(body).not.toContain('Событие в 13:00');
    expect(body).toContain('Ещё событий: 2 — все они в разделе «Уведомления».');
  });
});
