// A change of an office's hours for one day: the operator's form and the server check it with these
// schemas, so the limits live here once. Messages are validation codes; the page has the words.
import * as v from 'valibot';
import { DayHoursSchema } from './officeSchema';

/** The reason the citizens whose visits are cancelled receive, in characters. */
export const HOURS_REASON = { min: 3, max: 200 } as const;
const ReasonSchema = v.pipe(
  v.string('hours_reason'),
  v.trim(),
  v.minLength(HOURS_REASON.min, 'hours_reason'),
  v.maxLength(HOURS_REASON.max, 'too_long'),
);

/** What the server accepts: the day, its new hours (null: closed) and the reason in both languages. */
export const HoursChangeSchema = v.object({
  date: v.pipe(v.string(), v.isoDate()),
  hours: v.nullable(DayHoursSchema),
  reason: v.object({ ru: ReasonSchema, en: ReasonSchema }),
});

/** «09:30» → 570; null for anything that is not a time of day. */
export function minuteOf(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

const time = (text: string | undefined) => minuteOf(text ?? '');

/** The form: closed, or opening and closing times as ЧЧ:ММ; its output is the hours and the reason. */
export const HoursFormSchema = v.pipe(
  v.object({ closed: v.optional(v.boolean(), false), open: v.optional(v.string()), close: v.optional(v.string()), reason: ReasonSchema }),
  v.forward(
    v.check((f) => f.closed || time(f.open) !== null, 'hours_time'),
    ['open'],
  ),
  v.forward(
    v.check((f) => f.closed || time(f.close) !== null, 'hours_time'),
    ['close'],
  ),
  v.forward(
    v.check((f) => f.closed || time(f.open) === null || time(f.close) === null || time(f.open)! < time(f.close)!, 'hours_order'),
    ['close'],
  ),
  v.transform((f) => ({ hours: f.closed ? null : { open: time(f.open)!, close: time(f.close)! }, reason: f.reason })),
);
