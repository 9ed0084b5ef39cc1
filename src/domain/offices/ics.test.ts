import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookingIcs, type IcsEvent } from './ics';

const event: IcsEvent = {
  uid: 'b-123@okno.local',
  sequence: 0,
  startsAt: Date.parse('2026-12-01T06:00:00Z'),
  endsAt: Date.parse('2026-12-01T06:15:00Z'),
  stamp: Date.parse('2026-11-30T07:00:00Z'),
  summary: 'Паспорт гражданина РФ — МФЦ «Мои документы» Центральный, талон МФ-0001',
  location: 'Москва, ул. Лесная, 12; вход со двора',
  description: 'Возьмите: паспорт, свидетельство о рождении.\nПриходите за 15 минут.',
  cancelled: false,
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, ev: new ICAL.Event(vevent) };
}

describe('booking .ics', () => {
  it('is read back by a real iCalendar parser with the same times, texts and UID', () => {
    const { calendar, ev } = parse(bookingIcs(event));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ev.uid).toBe(event.uid);
    expect(ev.startDate.toJSDate().getTime()).toBe(event.startsAt);
    expect(ev.endDate.toJSDate().getTime()).toBe(event.endsAt);
    expect(ev.summary).toBe(event.summary);
    expect(ev.location).toBe(event.location);
    expect(ev.description).toBe(event.description);
    expect(ev.sequence).toBe(0);
  });

  it('a change keeps the UID and raises SEQUENCE; a cancel is METHOD:CANCEL', () => {
    const moved = parse(bookingIcs({ ...event, sequence: 1, startsAt: event.startsAt + 86_400_000, endsAt: event.endsAt + 86_400_000 }));
    expect(moved.ev.uid).toBe(event.uid);
    expect(moved.ev.sequence).toBe(1);
    const cancelled = parse(bookingIcs({ ...event, sequence: 2, cancelled: true }));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.ev.sequence).toBe(2);
  });

  it('folds long lines at 75 octets with CRLF and never splits a Cyrillic letter', () => {
    const text = bookingIcs({ ...event, description: 'Очень длинное описание '.repeat(10) });
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).ev.description).toBe('Очень длинное описание '.repeat(10));
  });
});
