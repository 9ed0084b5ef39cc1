// Traffic fines: the early-payment discount rule and the simulated registry's fine generator. Pure: the
// same number and day always give the same fine, so a story replays; no storage, no real clock here.
import { addCalendarDays, moscowDate, moscowTime } from '../calendar';
import type { LocalText } from '../catalog/localText';
import { percentOf } from '../money';
import { pickInt, seededRandom } from '../seededRandom';

/** КоАП 32.2 ч.1.3: half the fine if paid within 20 days of the ruling. */
export const FINE_DISCOUNT_DAYS = 20;
export const FINE_DISCOUNT_PERCENT = 50;

export interface FineFacts {
  amountKopecks: number;
  /** Moscow day of the ruling, «YYYY-MM-DD». */
  rulingDate: string;
  /** Offences the law excludes from the discount (repeat offences, drink-driving…). */
  discountExcluded: boolean;
}

/**
 * Last day the discount applies, inclusive: the 20 days are counted from the day after the ruling, as
 * КоАП 4.8 counts terms, so a ruling on 1 March is discounted through 21 March (Moscow time).
 */
export function discountUntil(rulingDate: string): string {
  return addCalendarDays(rulingDate, FINE_DISCOUNT_DAYS);
}

/**
 * An article of the Code of Administrative Offences as each language writes it: the registry's «12.12 ч.1»
 * (article 12.12, part 1) is «12.12, part 1» in English.
 */
export function articleText(article: string, language: 'ru' | 'en'): string {
  return language === 'ru' ? article : article.replace(/ ч\.(\S+)/, ', part $1');
}

/** The moment the discount ends: midnight Moscow time after its last day. */
export function discountEndsAt(rulingDate: string): number {
  return moscowTime(addCalendarDays(discountUntil(rulingDate), 1), 0);
}

export function discountApplies(fine: FineFacts, now: number): boolean {
  return !fine.discountExcluded && moscowDate(now) <= discountUntil(fine.rulingDate);
}

/**
 * What paying at `now` costs: while the discount applies, the fine minus 50 % of it, the 50 % rounded
 * half up to the kopeck (percentOf), so an odd-kopeck fine of 501,01 ₽ costs 250,50 ₽.
 */
export function finePayable(fine: FineFacts, now: number): number {
  if (!discountApplies(fine, now)) return fine.amountKopecks;
  return fine.amountKopecks - percentOf(fine.amountKopecks, FINE_DISCOUNT_PERCENT);
}

interface Offence {
  article: string;
  offence: LocalText;
  amountKopecks: number;
  discountExcluded: boolean;
}

/** A small slice of chapter 12 of КоАП: the offences cameras and patrols most often record. */
export const OFFENCES: readonly Offence[] = [
  {
    article: '12.9 ч.2',
    offence: { ru: 'Превышение скорости на 20–40 км/ч', en: 'Speeding by 20–40 km/h' },
    amountKopecks: 50_000,
    discountExcluded: false,
  },
  {
    article: '12.9 ч.3',
    offence: { ru: 'Превышение скорости на 40–60 км/ч', en: 'Speeding by 40–60 km/h' },
    amountKopecks: 150_000,
    discountExcluded: false,
  },
  {
    article: '12.12 ч.1',
    offence: { ru: 'Проезд на запрещающий сигнал светофора', en: 'Running a red light' },
    amountKopecks: 100_000,
    discountExcluded: false,
  },
  {
    article: '12.16 ч.4',
    offence: { ru: 'Нарушение правил остановки или стоянки', en: 'Illegal stopping or parking' },
    amountKopecks: 150_000,
    discountExcluded: false,
  },
  {
    article: '12.6',
    offence: { ru: 'Непристёгнутый ремень безопасности', en: 'Not wearing a seat belt' },
    amountKopecks: 100_000,
    discountExcluded: false,
  },
  {
    article: '12.17 ч.1.1',
    offence: { ru: 'Движение по полосе для автобусов', en: 'Driving in a bus lane' },
    amountKopecks: 150_000,
    discountExcluded: false,
  },
  {
    article: '12.9 ч.6',
    offence: { ru: 'Повторное превышение скорости на 40–60 км/ч', en: 'Repeated speeding by 40–60 km/h' },
    amountKopecks: 250_000,
    discountExcluded: true,
  },
  {
    article: '12.8 ч.1',
    offence: { ru: 'Управление в состоянии опьянения', en: 'Driving while intoxicated' },
    amountKopecks: 4_500_000,
    discountExcluded: true,
  },
];

const PLACES = [
  'Москва, Ленинградский пр-т, 37',
  'Москва, МКАД 41 км',
  'Подольск, ул. Ленина, 7',
  'Химки, Юбилейный пр-т, 1',
  'Москва, Садовая-Кудринская ул., 2',
];

/** How far back a generated ruling lies: up to 40 days, so about half the fines are still discounted. */
export const MAX_RULING_AGE_DAYS = 40;

export interface GeneratedFine extends FineFacts {
  uin: string;
  article: string;
  offence: LocalText;
  place: string;
}

/** A 20-digit UIN for the `index`-th fine on a document, derived from its number (digits only). */
export function uinFor(seed: string, index: number): string {
  const random = seededRandom(`uin:${seed}:${index}`);
  let digits = '188101';
  while (digits.length < 20) digits += String(pickInt(random, 0, 9));
  return digits;
}

/** The fine a registry holds under `uin`, as it stood when first looked up on the Moscow day `today`. */
export function generateFine(uin: string, today: string): GeneratedFine {
  const random = seededRandom(`fine:${uin}`);
  const offence = OFFENCES[pickInt(random, 0, OFFENCES.length - 1)]!;
  return {
    uin,
    article: offence.article,
    offence: offence.offence,
    amountKopecks: offence.amountKopecks,
    discountExcluded: offence.discountExcluded,
    rulingDate: addCalendarDays(today, -pickInt(random, 1, MAX_RULING_AGE_DAYS)),
    place: PLACES[pickInt(random, 0, PLACES.length - 1)]!,
  };
}

/** How many fines a licence or certificate number has: 0–3, from its seeded hash. */
export function fineCountFor(documentNumber: string): number {
  return pickInt(seededRandom(`fines:${documentNumber}`), 0, 3);
}

/** A UIN ending in 0000 is one the registry does not know (for «not found» screens). */
export function uinKnown(uin: string): boolean {
  return !uin.endsWith('0000');
}
