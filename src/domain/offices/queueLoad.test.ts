import { describe, expect, it } from 'vitest';
import { officeById } from './offices';
import { instantOf } from './officeTime';
import { dayLoad, queueLoadAt } from './queueLoad';

const mfc = officeById('mos-mfc-1')!;

describe('queue load', () => {
  it('is the same for the same office and minute, and differs between offices', () => {
    const at = instantOf('2026-12-01', 12 * 60 + 30, 180);
    expect(queueLoadAt(mfc, at)).toEqual(queueLoadAt(mfc, at));
    const loads = ['mos-mfc-1', 'mos-mfc-2', 'mos-mfc-3'].map((id) => JSON.stringify(queueLoadAt(officeById(id)!, at)));
    expect(new Set(loads).size).toBeGreaterThan(1);
  });

  it('is null when closed and consistent when open', () => {
    expect(queueLoadAt(mfc, instantOf('2026-12-06', 12 * 60, 180))).toBeNull();
    const load = queueLoadAt(mfc, instantOf('2026-12-01', 12 * 60, 180))!;
    expect(load.windowsBusy + load.windowsFree).toBe(load.windowsOpen);
    expect(load.windowsOpen).toBeLessThanOrEqual(mfc.windows);
    expect(load.high).toBe(load.averageWaitMin > 15);
  });

  it('lunch hours are busier than the late morning over a month of days', () => {
    let lunch = 0;
    let morning = 0;
    for (let d = 1; d <= 30; d++) {
      const day = dayLoad(mfc, `2026-12-${String(d).padStart(2, '0')}`);
      lunch += day.find((h) => h.hour === 13)?.waiting ?? 0;
      morning += day.find((h) => h.hour === 10)?.waiting ?? 0;
    }
    expect(lunch).toBeGreaterThan(morning * 2);
  });

  it('the day chart covers the opening hours', () => {
    expect(dayLoad(mfc, '2026-12-01').map((h) => h.hour)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(dayLoad(mfc, '2026-12-06')).toEqual([]);
  });
});
