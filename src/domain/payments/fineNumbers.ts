// Numbers that identify fines: the resolution number (УИН), driving licence and vehicle certificate.
// Kept apart from api.ts only for size; api.ts re-exports them, so callers keep one import point.
import * as v from 'valibot';

/** Resolution number (УИН): 20 or 25 digits; spaces typed between groups are dropped. */
export const UinSchema = v.pipe(
  v.string('required'),
  v.transform((s) => s.replace(/\s/g, '')),
  v.nonEmpty('required'),
  v.regex(/^(\d{20}|\d{25})$/, 'fine_uin_format'),
);

/** Latin look-alikes of the Cyrillic letters used in licence and certificate series. */
const LOOKALIKES: Record<string, string> = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', Y: 'У', X: 'Х' };
export function normalizeDocumentNumber(input: string): string {
  return input
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/[ABEKMHOPCTYX]/g, (c) => LOOKALIKES[c]!);
}
const documentNumber = (code: 'licence_format' | 'vehicle_certificate_format') =>
  v.pipe(v.string('required'), v.transform(normalizeDocumentNumber), v.nonEmpty('required'), v.regex(/^\d{2}[\dА-ЯЁ]{2}\d{6}$/, code));
/** Driving licence: series of 4 (digits or Cyrillic letters) + 6 digits, «77 АВ 123456» → «77АВ123456». */
export const LicenceSchema = documentNumber('licence_format');
/** Vehicle registration certificate (СТС), same shape as a licence number. */
export const VehicleCertificateSchema = documentNumber('vehicle_certificate_format');
