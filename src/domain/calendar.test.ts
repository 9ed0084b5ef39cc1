import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingMinutes, holidaysOf, isWorkingDay, moscowTime, nextWorkingMoment, workingDaysLater } from './calendar';

describe('business-day calendar', () => {
  it('knows weekends and public holidays', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-04')).toBe(false); // National Unity Day, a Wednesday
    expect(isWorkingDay('2026-01-08')).toBe(false);
    expect(isWorkingDay('2026-01-12')).toBe(true);
  });

  it('moves a holiday that falls on a weekend to the next working day, but not the New Year ones', () => {
    // 8 March 2026 is a Sunday: Monday 9 March is off.
    expect(holidaysOf(2026).has('2026-03-09')).toBe(true);
    // 9 May 2026 is a Saturday: Monday 11 May is off.
    expect(isWorkingDay('2026-05-11')).toBe(false);
    // 3 and 4 January 2026 are a weekend inside the holidays: nothing moves to 9 January.
    expect(isWorkingDay('2026-01-09')).toBe(true);
  });

  it('counts working days across a weekend and a holiday', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    // Tue 3 Nov 2026 + 1 working day skips Wed 4 Nov.
    expect(addWorkingDays('2026-11-03', 1)).toBe('2026-11-05');
    expect(addWorkingDays('2026-11-02', 5)).toBe('2026-11-10');
  });

  it('waits for opening hours', () => {
    const friday19 = moscowTime('2026-11-20', 19);
    expect(nextWorkingMoment(friday19)).toBe(moscowTime('2026-11-23', 9));
    const monday10 = moscowTime('2026-11-23', 10);
    expect(nextWorkingMoment(monday10)).toBe(monday10);
    expect(nextWorkingMoment(moscowTime('2026-11-23', 7))).toBe(moscowTime('2026-11-23', 9));
  });

  it('adds working minutes over closing time and days off', () => {
    expect(addWorkingMinutes(moscowTime('2026-11-20', 17, 30), 60)).toBe(moscowTime('2026-11-23', 9, 30));
    expect(addWorkingMinutes(moscowTime('2026-11-23', 10), 30)).toBe(moscowTime('2026-11-23', 10, 30));
    expect(workingDaysLater(moscowTime('2026-11-03', 12), 1, 10)).toBe(moscowTime('2026-11-05', 10));
  });
});
