// Turns the compact office tables of each city into full office records with the defaults of each kind
// (hours, services, windows). The names, streets and phone numbers are invented.
import type { LocalText } from '../../catalog/localText';
import type { OfficeKind, Specialty, VisitServiceId } from '../kinds';
import type { CityId, DayHours, Doctor, Office } from '../officeSchema';

const h = (open: string, close: string, lunch?: [string, string]): DayHours => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return lunch ? { open: m(open), close: m(close), breakFrom: m(lunch[0]), breakTo: m(lunch[1]) } : { open: m(open), close: m(close) };
};

/** Usual weeks by kind, Monday first: МФЦ work six days long, ГИБДД and ЗАГС rest on Sunday and Monday. */
const WEEKS: Record<OfficeKind, (DayHours | null)[]> = {
  mfc: [h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('10:00', '17:00'), null],
  migration: [
    h('09:00', '18:00', ['13:00', '13:45']),
    h('09:00', '18:00', ['13:00', '13:45']),
    h('09:00', '18:00', ['13:00', '13:45']),
    h('09:00', '18:00', ['13:00', '13:45']),
    h('09:00', '16:45', ['13:00', '13:45']),
    null,
    null,
  ],
  traffic: [
    null,
    h('09:00', '18:00', ['13:00', '14:00']),
    h('09:00', '18:00', ['13:00', '14:00']),
    h('11:00', '20:00', ['14:00', '15:00']),
    h('09:00', '18:00', ['13:00', '14:00']),
    h('09:00', '15:00'),
    null,
  ],
  registry: [
    null,
    h('10:00', '19:00', ['14:00', '15:00']),
    h('10:00', '19:00', ['14:00', '15:00']),
    h('10:00', '19:00', ['14:00', '15:00']),
    h('10:00', '19:00', ['14:00', '15:00']),
    h('10:00', '17:00'),
    null,
  ],
  tax: [h('09:00', '18:00'), h('09:00', '20:00'), h('09:00', '18:00'), h('09:00', '20:00'), h('09:00', '16:45'), h('10:00', '15:00'), null],
  clinic: [h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('08:00', '20:00'), h('09:00', '15:00'), null],
};

const SERVICES: Record<OfficeKind, VisitServiceId[]> = {
  mfc: ['passport', 'foreign-passport', 'registration', 'driving-licence', 'birth', 'inn', 'pickup'],
  migration: ['passport', 'foreign-passport', 'registration'],
  traffic: ['driving-licence', 'vehicle'],
  registry: ['marriage', 'birth'],
  tax: ['tax-consult', 'inn'],
  clinic: ['doctor'],
};

const WINDOWS: Record<OfficeKind, number> = { mfc: 12, migration: 4, traffic: 5, registry: 3, tax: 6, clinic: 6 };

const DOCTOR_NAMES: LocalText[] = [
  { ru: 'Анна Сергеевна Лебедева', en: 'Anna Lebedeva' },
  { ru: 'Игорь Павлович Соколов', en: 'Igor Sokolov' },
  { ru: 'Марина Олеговна Кузнецова', en: 'Marina Kuznetsova' },
  { ru: 'Дмитрий Андреевич Орлов', en: 'Dmitry Orlov' },
  { ru: 'Елена Викторовна Морозова', en: 'Elena Morozova' },
  { ru: 'Сергей Ильич Волков', en: 'Sergey Volkov' },
  { ru: 'Ольга Петровна Зайцева', en: 'Olga Zaytseva' },
  { ru: 'Павел Николаевич Белов', en: 'Pavel Belov' },
];
/** Two therapists and two paediatricians, so doctors of one specialty can be compared side by side. */
const CLINIC_SPECIALTIES: Specialty[] = ['therapist', 'therapist', 'paediatrician', 'paediatrician', 'dentist', 'ophthalmologist', 'surgeon'];

function doctorsOf(officeId: string, index: number): Doctor[] {
  return CLINIC_SPECIALTIES.map((specialty, i) => ({
    id: `${officeId}-d${i + 1}`,
    name: DOCTOR_NAMES[(index * 3 + i) % DOCTOR_NAMES.length]!,
    specialty,
    room: String(100 + (i + 1) * 10 + index),
  }));
}

/** [kind, name ru, name en, district index, street ru, street en, house, lat, lon, online booking] */
export type OfficeLine = [OfficeKind, string, string, number, string, string, string, number, number, boolean];

export interface CityTable {
  city: CityId;
  districts: LocalText[];
  phoneCode: string;
  postcode: string;
  lines: OfficeLine[];
  exceptions?: Record<number, Office['exceptions']>;
}

export function buildOffices(table: CityTable): Office[] {
  return table.lines.map(([kind, ru, en, district, streetRu, streetEn, house, lat, lon, online], i) => {
    const id = `${table.city.slice(0, 3)}-${kind}-${i + 1}`;
    const serial = String(i + 1).padStart(2, '0');
    return {
      id,
      kind,
      name: { ru, en },
      city: table.city,
      district: table.districts[district]!,
      address: { postcode: `${table.postcode}${serial}`, street: { ru: streetRu, en: streetEn }, house },
      position: { lat, lon },
      phone: `+7 (${table.phoneCode}) 555-${serial}-${String(10 + i * 3).slice(-2)}`,
      week: WEEKS[kind],
      exceptions: table.exceptions?.[i] ?? [],
      services: SERVICES[kind],
      windows: WINDOWS[kind],
      onlineBooking: online,
      ...(kind === 'clinic' ? { doctors: doctorsOf(id, i) } : {}),
    };
  });
}
