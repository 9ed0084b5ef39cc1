import { describe, expect, it } from 'vitest';
import { formatMoscowDateTime, moscowTime } from '../calendar';
import { pushByPause, termBefore, termEnd, workingMinutesBetween } from './terms';

const at = (date: string, h = 12, m = 0) => moscowTime(date, h, m);
const show = (ms: number) => formatMoscowDateTime(ms);

describe('appeal terms on the business calendar', () => {
  it('ends 30 calendar days later at close of business, moved off a day off', () => {
    // Fri 30 Oct 2026 + 30 days = Sun 29 Nov → Mon 30 Nov.
    expect(show(termEnd(at('2026-10-30'), { amount: 30, unit: 'calendar_days' }))).toBe('30.11.2026 18:00');
    // Tue 6 Oct + 30 = Thu 5 Nov, a working day.
    expect(show(termEnd(at('2026-10-06'), { amount: 30, unit: 'calendar_days' }))).toBe('05.11.2026 18:00');
  });

  it('counts 15 and 5 working days over weekends and the 4 November holiday', () => {
    // Mon 2 Nov 2026: +5 working days skips Wed 4 Nov and the weekend → Tue 10 Nov.
    expect(show(termEnd(at('2026-11-02'), { amount: 5, unit: 'working_days' }))).toBe('10.11.2026 18:00');
    expect(show(termEnd(at('2026-11-02'), { amount: 15, unit: 'working_days' }))).toBe('24.11.2026 18:00');
    // Across the New Year holidays: Mon 28 Dec 2026 + 5 working days → 12 Jan 2027 (1–8 January are off).
    expect(show(termEnd(at('2026-12-28'), { amount: 5, unit: 'working_days' }))).toBe('12.01.2027 18:00');
  });

  it('counts hour terms in plain and working hours', () => {
    expect(termEnd(at('2026-11-20', 10), { amount: 24, unit: 'hours' })).toBe(at('2026-11-21', 10));
    // Friday 17:00 + 2 working hours: one hour on Friday, one on Monday.
    expect(show(termEnd(at('2026-11-20', 17), { amount: 2, unit: 'working_hours' }))).toBe('23.11.2026 10:00');
  });

  it('warns working days before the end, skipping days off', () => {
    const end = termEnd(at('2026-11-02'), { amount: 5, unit: 'working_days' }); // Tue 10 Nov 18:00
    expect(show(termBefore(end, { amount: 2, unit: 'working_days' }))).toBe('06.11.2026 09:00');
    expect(termBefore(end, { amount: 3, unit: 'calendar_days' })).toBe(end - 3 * 86_400_000);
  });

  it('measures open hours between two instants', () => {
    expect(workingMinutesBetween(at('2026-11-20', 17), at('2026-11-23', 10))).toBe(120);
    expect(workingMinutesBetween(at('2026-11-21', 10), at('2026-11-22', 10))).toBe(0);
  });

  it('pushes the end by a pause: calendar terms by its length, working terms by the open hours it took', () => {
    const end = termEnd(at('2026-11-02'), { amount: 5, unit: 'working_days' });
    // Paused from Friday 6 Nov 18:00 to Monday 9 Nov 18:00: one working day → Wed 11 Nov 18:00.
    expect(show(pushByPause(end, 'working_days', at('2026-11-06', 18), at('2026-11-09', 18)))).toBe('11.11.2026 18:00');
    // A pause over the weekend alone costs nothing.
    expect(pushByPause(end, 'working_days', at('2026-11-07', 10), at('2026-11-08', 10))).toBe(end);
    expect(pushByPause(end, 'calendar_days', at('2026-11-07', 10), at('2026-11-08', 10))).toBe(end + 86_400_000);
  });
});
