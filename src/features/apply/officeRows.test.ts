import { describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../domain/application';
import type { BookingView } from '../../domain/offices/booking';
import { bookableOffices } from '../../domain/offices/visitLinks';
import { officeRows, officeText } from './officeRows';

const traffic = bookableOffices('driving-licence', 'moscow').find((o) => o.kind === 'traffic')!;

const app = (over: Partial<ApplicationView>): ApplicationView => ({
  id: 'a1',
  number: '2026-AAAA-BBBB',
  serviceId: 'driving-licence',
  status: 'sent',
  submittedAt: 0,
  updatedAt: 0,
  resultWay: 'office',
  answers: {},
  files: [],
  timeline: [],
  tracking: [],
  ...over,
});
const booking: BookingView = {
  id: 'b1',
  ticket: 'ГИ-0007',
  officeId: traffic.id,
  serviceId: 'driving-licence',
  startsAt: Date.parse('2026-12-01T07:00:00Z'),
  endsAt: Date.parse('2026-12-01T07:20:00Z'),
  status: 'confirmed',
  comment: '',
  createdAt: 0,
  updatedAt: 0,
  sequence: 0,
};

describe('the offices an application names', () => {
  it('names a real office with its address, and nothing for an unknown id', () => {
    expect(officeText('mos-mfc-1')).toBe('МФЦ «Мои документы» Центральный, Москва, ул. Лесная, 12');
    expect(officeText('nowhere')).toBeUndefined();
    expect(officeText(undefined)).toBeUndefined();
  });

  it('adds the visit and the pickup office to the PDF copy', () => {
    const rows = officeRows(app({ resultOfficeId: 'mos-mfc-1', bookingId: 'b1' }), booking);
    expect(rows).toEqual([
      { label: 'Запись на приём', value: expect.stringContaining('талон ГИ-0007') },
      { label: 'Офис выдачи', value: 'МФЦ «Мои документы» Центральный, Москва, ул. Лесная, 12' },
    ]);
    expect(rows[0]).toMatchObject({ value: expect.stringContaining('1 декабря 2026') });
    expect(rows[0]).toMatchObject({ value: expect.stringContaining('МРЭО ГИБДД № 1, Москва, ул. Складочная, 3') });
    expect(officeRows(app({ resultWay: 'electronic', resultOfficeId: 'mos-mfc-1' }), undefined)).toEqual([]);
  });
});
