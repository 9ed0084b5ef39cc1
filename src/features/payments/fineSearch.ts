// «Штрафы»: how a search is asked (by resolution number, or by driving licence and/or vehicle
// certificate), kept in the address so a return from the pay page shows the same list; and the sum of
// the fines chosen for one invoice.
import * as v from 'valibot';
import { sumKopecks } from '../../domain/money';
import { LicenceSchema, UinSchema, VehicleCertificateSchema, type FineQuery, type FineView } from '../../domain/payments/api';
import type { FinesSearch } from './routes';

export type { FinesSearch };

export const FINE_MODES = ['uin', 'documents'] as const;
export type FineMode = (typeof FINE_MODES)[number];

/**
 * The search form's schema (blank fields arrive as undefined): a UIN, or at least one of the two
 * document numbers, the «fill one» error sitting on the licence.
 */
export function fineFormSchema(mode: FineMode) {
  if (mode === 'uin') return v.object({ mode: v.literal('uin'), uin: UinSchema });
  return v.pipe(
    v.object({ mode: v.literal('documents'), licence: v.optional(LicenceSchema), vehicle: v.optional(VehicleCertificateSchema) }),
    v.forward(
      v.partialCheck([['licence'], ['vehicle']], (q) => Boolean(q.licence || q.vehicle), 'required'),
      ['licence'],
    ),
  );
}

/** The registry query for what the address holds; null when it holds nothing to search for. */
export function queryOf(search: FinesSearch): FineQuery | null {
  if (search.uin) return { uin: search.uin };
  if (search.licence || search.vehicle) {
    const query: FineQuery = {};
    if (search.licence) query.licence = search.licence;
    if (search.vehicle) query.vehicle = search.vehicle;
    return query;
  }
  return null;
}

/** What the chosen unpaid fines cost today (discounted where the discount still applies). */
export function chosenTotal(fines: readonly FineView[], chosen: ReadonlySet<string>): number {
  return sumKopecks(fines.filter((f) => f.status === 'unpaid' && chosen.has(f.uin)).map((f) => f.payableKopecks));
}

/** «2026-03-21» as a calendar day in the user's language; days carry no time zone. */
export function formatDay(iso: string, locale: 'ru' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
