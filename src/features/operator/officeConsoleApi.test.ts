import { describe, expect, it } from 'vitest';
import { minuteOf } from './officeConsoleApi';

describe('minuteOf', () => {
  it('reads a 24-hour time of day and refuses anything else', () => {
    expect(minuteOf('09:30')).toBe(570);
    expect(minuteOf(' 18:00 ')).toBe(1080);
    expect(minuteOf('00:00')).toBe(0);
    for (const bad of ['24:00', '9:30', '09:60', '', 'noon']) expect(minuteOf(bad)).toBeNull();
  });
});
