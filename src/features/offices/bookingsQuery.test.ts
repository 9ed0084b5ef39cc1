import { describe, expect, it } from 'vitest';
import { sampleBookings, sortBookings } from './bookingsQuery';

describe('«Мои записи» order', () => {
  it('shows upcoming visits soonest first and past or cancelled ones latest first', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    const { upcoming, past } = sortBookings(sampleBookings(100, now), now);
    expect(upcoming.every((b) => b.endsAt > now && ['pending', 'confirmed'].includes(b.status))).toBe(true);
    expect(upcoming.map((b) => b.startsAt)).toEqual([...upcoming.map((b) => b.startsAt)].sort((a, b) => a - b));
    expect(past.map((b) => b.startsAt)).toEqual([...past.map((b) => b.startsAt)].sort((a, b) => b - a));
    expect(upcoming.length + past.length).toBe(100);
  });
});
