import { describe, expect, it } from 'vitest';
import { doctorRu } from '../../i18n/doctor.ru';
import { officesRu } from '../../i18n/offices.ru';
import { omsCheckDigit } from '../omsPolicy';
import type { BookingView } from './booking';
import { clinicDateTime, doctorConfirmation } from './doctorConfirmation';
import { OFFICES } from './offices';

const POLICY = '500000000054321' + omsCheckDigit('500000000054321');
const vladClinic = OFFICES.find((o) => o.city === 'vladivostok' && o.name.ru.startsWith('Детская'))!;
const doctor = vladClinic.doctors!.find((d) => d.specialty === 'paediatrician')!;
const booking: BookingView = {
  id: 'b1',
  ticket: 'ПК-0007',
  officeId: vladClinic.id,
  serviceId: 'doctor',
  doctorId: doctor.id,
  startsAt: Date.parse('2026-12-01T23:20:00Z'),
  endsAt: Date.parse('2026-12-01T23:40:00Z'),
  status: 'confirmed',
  comment: '',
  patient: { forWhom: 'child', name: 'Петрова Анна Ивановна', birthDate: '2019-03-05', policy: POLICY },
  createdAt: 0,
  updatedAt: 0,
  sequence: 0,
};
const specialty = (s: string) => officesRu.offices.specialties[s as 'paediatrician'];

describe('doctor’s confirmation PDF input', () => {
  it('names clinic, address, doctor, specialty, date and time on the clinic’s clock, room and patient', () => {
    const input = doctorConfirmation(booking, vladClinic, doctorRu.doctor.confirmation, 'ru', specialty);
    const rows = Object.fromEntries(input.rows);
    expect(rows).toMatchObject({
      Поликлиника: 'Детская поликлиника № 2',
      Врач: doctor.name.ru,
      Специальность: 'Педиатр',
      Дата: '02.12.2026', // 23:20 UTC on 1 December is 09:20 on 2 December in Vladivostok
      Время: '09:20, местное время (Владивосток)',
      Кабинет: doctor.room,
      Пациент: 'Петрова Анна Ивановна',
      'Дата рождения': '05.03.2019',
    });
    expect(rows['Адрес']).toContain('Владивосток, ул. Енисейская, 7');
    expect(input.ticket).toBe('Талон: ПК-0007');
  });

  it('masks the policy to its last four digits everywhere in the document', () => {
    const input = doctorConfirmation(booking, vladClinic, doctorRu.doctor.confirmation, 'ru', specialty);
    expect(Object.fromEntries(input.rows)['Полис ОМС']).toBe(`XXXX XXXX XXXX ${POLICY.slice(12)}`);
    expect(JSON.stringify(input)).not.toContain(POLICY.slice(0, 12));
  });

  it('refuses a booking that is not a doctor’s visit', () => {
    expect(() => doctorConfirmation({ ...booking, doctorId: undefined }, vladClinic, doctorRu.doctor.confirmation, 'ru', specialty)).toThrow();
  });

  it('reads the clinic’s wall clock across midnight', () => {
    expect(clinicDateTime({ city: 'moscow' }, Date.parse('2026-12-01T21:05:00Z'))).toEqual({ date: '02.12.2026', time: '00:05' });
  });
});
