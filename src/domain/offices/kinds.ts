// The kinds of offices and the visits they take, as data. A visit service is what a citizen books a
// time for; catalog services that need a visit name one of these (see CATALOG_VISITS).
import type { LocalText } from '../catalog/localText';

export const OFFICE_KINDS = ['mfc', 'migration', 'traffic', 'registry', 'tax', 'clinic'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const SPECIALTIES = ['therapist', 'paediatrician', 'dentist', 'ophthalmologist', 'surgeon'] as const;
export type Specialty = (typeof SPECIALTIES)[number];

export interface VisitService {
  id: string;
  title: LocalText;
  /** Length of one booking slot in minutes. */
  minutes: number;
  /** Office kinds that may offer it. */
  kinds: readonly OfficeKind[];
  bring: LocalText;
}

const text = (ru: string, en: string): LocalText => ({ ru, en });

export const VISIT_SERVICES = [
  {
    id: 'passport',
    title: text('Паспорт гражданина РФ', 'Internal passport'),
    minutes: 15,
    kinds: ['mfc', 'migration'],
    bring: text(
      'паспорт или свидетельство о рождении, две фотографии не нужны — снимут на месте',
      'your old passport or birth certificate; the photo is taken on the spot',
    ),
  },
  {
    id: 'foreign-passport',
    title: text('Загранпаспорт', 'Travel passport'),
    minutes: 20,
    kinds: ['mfc', 'migration'],
    bring: text(
      'паспорт, прежний загранпаспорт, военный билет для мужчин 18–30 лет',
      'passport, the old travel passport, military ID for men aged 18–30',
    ),
  },
  {
    id: 'registration',
    title: text('Регистрация по месту жительства', 'Registration at an address'),
    minutes: 15,
    kinds: ['mfc', 'migration'],
    bring: text('паспорт, документ о праве на жильё', 'passport, a document giving you the right to live there'),
  },
  {
    id: 'driving-licence',
    title: text('Водительское удостоверение', 'Driving licence'),
    minutes: 20,
    kinds: ['traffic', 'mfc'],
    bring: text('паспорт, медицинское заключение, прежнее удостоверение', 'passport, medical certificate, the previous licence'),
  },
  {
    id: 'vehicle',
    title: text('Регистрация автомобиля', 'Vehicle registration'),
    minutes: 30,
    kinds: ['traffic'],
    bring: text(
      'паспорт, договор купли-продажи, ПТС, полис ОСАГО, сам автомобиль',
      'passport, sale contract, vehicle passport, insurance policy, the car itself',
    ),
  },
  {
    id: 'marriage',
    title: text('Регистрация брака', 'Marriage registration'),
    minutes: 30,
    kinds: ['registry'],
    bring: text('паспорта обоих, квитанция об оплате пошлины', 'both passports, the fee receipt'),
  },
  {
    id: 'birth',
    title: text('Регистрация рождения', 'Birth registration'),
    minutes: 20,
    kinds: ['registry', 'mfc'],
    bring: text('паспорта родителей, справка из роддома', 'parents’ passports, the maternity hospital certificate'),
  },
  {
    id: 'tax-consult',
    title: text('Консультация по налогам', 'Tax consultation'),
    minutes: 15,
    kinds: ['tax'],
    bring: text('паспорт, ИНН, документы по вопросу', 'passport, taxpayer number, papers on the question'),
  },
  { id: 'inn', title: text('Получение ИНН', 'Taxpayer number (INN)'), minutes: 15, kinds: ['tax', 'mfc'], bring: text('паспорт', 'passport') },
  {
    id: 'pickup',
    title: text('Получение готовых документов', 'Collecting ready documents'),
    minutes: 10,
    kinds: ['mfc'],
    bring: text('паспорт и номер заявления', 'passport and the application number'),
  },
  {
    id: 'doctor',
    title: text('Приём врача', 'Doctor’s appointment'),
    minutes: 20,
    kinds: ['clinic'],
    bring: text('паспорт, полис ОМС', 'passport, OMS policy'),
  },
] as const satisfies readonly VisitService[];
export type VisitServiceId = (typeof VISIT_SERVICES)[number]['id'];
export const VISIT_SERVICE_IDS = VISIT_SERVICES.map((s) => s.id) as VisitServiceId[];

export function visitService(id: string): VisitService | undefined {
  return VISIT_SERVICES.find((s) => s.id === id);
}

/** Catalog services that end in a visit, and the visit they book (issue 14, point 5). */
export const CATALOG_VISITS: Record<string, VisitServiceId> = {
  'driving-licence': 'driving-licence',
  'internal-passport': 'passport',
  'foreign-passport': 'foreign-passport',
  'marriage-registration': 'marriage',
  'doctor-appointment': 'doctor',
};
