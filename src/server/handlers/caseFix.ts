// «Исправить и подать заново»: a new application may name the citizen's refused one it corrects; the two
// are linked both ways when the new one arrives. And the files of a sent application, read back by their
// owner so a correction can start from them.
import { ApiError } from '../http';
import type { Handler, RequestContext } from '../router';
import type { CaseRow } from '../rows';
import { ownCase } from './applications';

/** The refused case `fixesId` names, if this account may correct it with a new application of `serviceId`. */
export async function refusedCaseToFix(
  ctx: RequestContext,
  accountId: string,
  serviceId: string,
  fixesId: string | undefined,
): Promise<CaseRow | undefined> {
  if (fixesId === undefined) return undefined;
  const refused = await ctx.db.cases.get(fixesId);
  if (!refused || refused.accountId !== accountId || refused.serviceId !== serviceId || refused.status !== 'rejected') {
    throw new ApiError(422, 'validation', 'Only an own refused application of the same service can be corrected', { fixes: 'invalid_value' });
  }
  if (refused.fixedBy)
    throw new ApiError(409, 'already_fixed', 'This refused application was already corrected', undefined, { number: refused.fixedBy.number });
  return refused;
}

/** Marks the refused case as corrected by `fix` (inside the transaction that adds `fix`). */
export async function linkFix(ctx: RequestContext, refused: CaseRow, fix: CaseRow): Promise<void> {
  await ctx.db.cases.update(refused.id, { fixedBy: { id: fix.id, number: fix.number } });
  await ctx.recordChange('case', refused.id, 'put', refused.accountId);
}

/** GET /api/applications/:id/files/:index — one file of the citizen's own application, as it was received. */
export const getCaseFile: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  const file = row.files?.[Number(ctx.params.index)];
  if (!/^\d+$/.test(ctx.params.index ?? '') || !file) throw new ApiError(404, 'not_found', 'No such file');
  return new Response(file.blob, {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'X-Okno-Slot': file.slot,
    },
  });
};
