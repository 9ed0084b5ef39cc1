// The simulated traffic-police registry: fines are generated from a seeded hash of the number on first
// look-up and stored, so their ruling dates (relative to that moment) and paid marks stay put afterwards.
import { moscowDate } from '../../domain/calendar';
import { FineByDocumentQuerySchema, FineByUinQuerySchema, type FineView } from '../../domain/payments/api';
import { discountUntil, fineCountFor, finePayable, generateFine, uinFor, uinKnown } from '../../domain/payments/fines';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, parseWith } from '../http';
import type { Handler, RequestContext } from '../router';
import type { FineRow } from './rows';

type Lookup = { uins: string[] } | { licence?: string; vehicle?: string };

async function byDocument(ctx: RequestContext, field: 'licence' | 'vehicle', number: string): Promise<FineRow[]> {
  const known = await ctx.db.fines.where(field).equals(number).toArray();
  if (known.length) return known;
  const today = moscowDate(ctx.now);
  const rows: FineRow[] = [];
  for (let i = 0; i < fineCountFor(number); i++) rows.push({ ...generateFine(uinFor(number, i), today), [field]: number });
  // A generated UIN already in the registry (looked up by number first) keeps its stored story.
  for (const row of rows) if (!(await ctx.db.fines.get(row.uin))) await ctx.db.fines.put(row);
  return ctx.db.fines.where(field).equals(number).toArray();
}

/** Fines by UIN (404 `fine_not_found` for an unknown one) or by licence / vehicle certificate. */
export async function findFines(ctx: RequestContext, lookup: Lookup): Promise<FineRow[]> {
  return ctx.db.transaction('rw', ctx.db.fines, async () => {
    if ('uins' in lookup) {
      const rows: FineRow[] = [];
      for (const uin of lookup.uins) {
        const stored = await ctx.db.fines.get(uin);
        if (stored) rows.push(stored);
        else if (!uinKnown(uin)) throw new ApiError(404, 'fine_not_found', 'The registry has no fine with this number', undefined, { uin });
        else {
          const row = generateFine(uin, moscowDate(ctx.now));
          await ctx.db.fines.put(row);
          rows.push(row);
        }
      }
      return rows;
    }
    const rows = [
      ...(lookup.licence ? await byDocument(ctx, 'licence', lookup.licence) : []),
      ...(lookup.vehicle ? await byDocument(ctx, 'vehicle', lookup.vehicle) : []),
    ];
    return [...new Map(rows.map((r) => [r.uin, r])).values()];
  });
}

export function fineView(row: FineRow, now: number): FineView {
  const view: FineView = {
    uin: row.uin,
    article: row.article,
    offence: row.offence,
    rulingDate: row.rulingDate,
    place: row.place,
    amountKopecks: row.amountKopecks,
    discountEligible: !row.discountExcluded,
    payableKopecks: row.paidAt === undefined ? finePayable(row, now) : 0,
    status: row.paidAt === undefined ? 'unpaid' : 'paid',
  };
  if (!row.discountExcluded) view.discountUntil = discountUntil(row.rulingDate);
  if (row.licence) view.licence = row.licence;
  if (row.vehicle) view.vehicle = row.vehicle;
  if (row.paidAt !== undefined) view.paidAt = row.paidAt;
  if (row.invoiceId) view.invoiceId = row.invoiceId;
  return view;
}

/** GET /api/fines?uin= or ?licence=&vehicle=: the registry answers anyone signed in (fines are public by UIN). */
export const getFines: Handler = async (ctx) => {
  await requireAccount(ctx);
  const params = Object.fromEntries(ctx.url.searchParams);
  const rows = await findFines(
    ctx,
    'uin' in params ? { uins: [parseWith(FineByUinQuerySchema, params).uin] } : parseWith(FineByDocumentQuerySchema, params),
  );
  const fines = rows.map((r) => fineView(r, ctx.now)).sort((a, b) => b.rulingDate.localeCompare(a.rulingDate) || a.uin.localeCompare(b.uin));
  return json({ fines, asOf: ctx.now });
};
