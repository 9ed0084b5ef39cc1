// Bench of the slot engine and «Мои записи», run in Node through Vite with the real modules.
// Slots: every free slot of the 30-day booking window for 40 offices (the page's «offices with free
// slots» step and the map's counts). «Мои записи»: what the page does before its first row paints —
// sort 1,000 bookings and format the first page of rows in each office's time zone (measured once: the
// first Intl.DateTimeFormat of each zone is most of it, and later runs would find it cached).
// Prints numbers only; run alone: node test/bench/officesBench.js
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const OFFICE_COUNT = 40;
export const BOOKING_COUNT = 1_000;
// «Мои записи» draws 30 rows per section at first (BookingsPage PAGE_ROWS), the rest on «Показать ещё».
const VISIBLE_ROWS = 30;
const RUNS = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureOffices(root) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { OFFICES, officeById } = await vite.ssrLoadModule('/src/domain/offices/offices.ts');
    const { windowSlots } = await vite.ssrLoadModule('/src/domain/offices/slots.ts');
    const { cityOf } = await vite.ssrLoadModule('/src/domain/offices/cities.ts');
    const { sampleBookings, sortBookings } = await vite.ssrLoadModule('/src/features/offices/bookingsQuery.ts');
    const now = Date.parse('2026-11-30T07:00:00Z');
    const offices = OFFICES.slice(0, OFFICE_COUNT);
    // A fifth of the capacity already held, spread over the window.
    const held = offices.flatMap((office) =>
      Array.from({ length: 200 }, (_, i) => ({ officeId: office.id, startsAt: now + 3_600_000 + i * 3 * 3_600_000 })),
    );
    const month = () =>
      offices.reduce(
        (n, office) =>
          n + [...windowSlots(office, office.services[0], now, held, office.doctors?.[0]?.id).values()].reduce((s, d) => s + d.length, 0),
        0,
      );
    month();
    const slotTimes = [];
    let slots = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      slots = month();
      slotTimes.push(performance.now() - t0);
    }
    const bookings = sampleBookings(BOOKING_COUNT, now);
    const formats = new Map();
    const f0 = performance.now();
    const { upcoming, past } = sortBookings(bookings, now);
    const rows = [...upcoming, ...past].slice(0, VISIBLE_ROWS).map((b) => {
      const office = officeById(b.officeId);
      const zone = cityOf(office.city).timeZone;
      if (!formats.has(zone)) formats.set(zone, new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }));
      return `${b.ticket} ${office.name.ru} ${formats.get(zone).format(b.startsAt)}`;
    });
    const bookingsFirstRowMs = performance.now() - f0;
    return { slotsMonthMs: median(slotTimes), slotsMonthMaxMs: Math.max(...slotTimes), slots, bookingsFirstRowMs, rows: rows.length };
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const result = await measureOffices(root);
  for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(20)} ${value.toFixed(1)}`);
}
