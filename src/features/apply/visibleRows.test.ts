import { describe, expect, it } from 'vitest';
import { sampleApplication } from '../../client/mirrors/testCases';
import type { ApplicationView } from '../../domain/application';
import { filterCases } from './casesQuery';
import { visibleRows } from './visibleRows';

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ index, start: index * 92 }));

describe('CasesList rows after updates reach a filtered list (regression: «reading serviceId» on a vanished row)', () => {
  it('never yields a row for an index the updated list no longer has', () => {
    let all: ApplicationView[] = Array.from({ length: 30 }, (_, i) => sampleApplication({ id: `c${i}`, updatedAt: i, status: 'accepted' }));
    let shown = filterCases(all, { status: 'accepted' });
    const rendered = items(20); // what the virtualizer drew for the old list
    expect(visibleRows(rendered, shown)).toHaveLength(20);

    // Statuses move on while the filter is open: most applications leave the filtered list.
    for (let round = 0; round < 5; round++) {
      all = all.map((app, i) => (i % 5 <= round ? { ...app, status: 'in_processing' as const, updatedAt: app.updatedAt + 100 } : app));
      shown = filterCases(all, { status: 'accepted' });
      const rows = visibleRows(rendered, shown);
      expect(rows.length).toBe(Math.min(20, shown.length));
      for (const row of rows) expect(row.app.serviceId).toBe('internal-passport');
    }
    expect(visibleRows(rendered, [])).toEqual([]);
  });

  it('keeps each row paired with the application at its index, with its offset', () => {
    const list = [sampleApplication({ id: 'a' }), sampleApplication({ id: 'b' })];
    expect(visibleRows([{ index: 1, start: 92 }], list)).toEqual([{ index: 1, start: 92, app: list[1] }]);
  });
});
