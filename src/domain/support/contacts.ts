// Support contacts and hours (invented: Okno is a simulation; nothing here reaches a real service).
// The contacts page, the articles and the operator-hours rule read them from here.
export const SUPPORT_CONTACTS = {
  hotline: '8 800 301-44-00',
  hotlineHref: 'tel:+78003014400',
  cityPhone: '+7 495 301-44-00',
  email: 'support@okno.example',
  emailAnswerHours: 24,
  postal: {
    ru: '101000, город Москва, Учебный переулок, дом 1, «Окно», отдел поддержки пользователей',
    en: '1 Uchebny Lane, Moscow 101000, «Okno», user support department',
  },
} as const;

/** Operators answer chats and calls from 08:00 to 22:00 Moscow time, every day. */
export const OPERATOR_HOURS = { from: 8, to: 22 } as const;
/** E-mail and post are read from 09:00 to 18:00 Moscow time, Monday to Friday. */
export const WRITTEN_HOURS = { from: 9, to: 18 } as const;

const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000; // Moscow has no daylight saving time since 2014

/** Whether an operator is on duty at simulated time `now` (ms since epoch). */
export function operatorsOnDuty(now: number): boolean {
  const hour = new Date(now + MOSCOW_OFFSET_MS).getUTCHours();
  return hour >= OPERATOR_HOURS.from && hour < OPERATOR_HOURS.to;
}

/** The next moment operators come on duty at or after `now`. */
export function nextOperatorShift(now: number): number {
  if (operatorsOnDuty(now)) return now;
  const moscow = new Date(now + MOSCOW_OFFSET_MS);
  const start = Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate(), OPERATOR_HOURS.from) - MOSCOW_OFFSET_MS;
  return start > now ? start : start + 24 * 60 * 60 * 1000;
}
