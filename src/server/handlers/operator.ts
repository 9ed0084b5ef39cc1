// The operator console's API: the queue of every citizen's cases and the department's actions on them.
import * as v from 'valibot';
import { APPLICATION_STATUSES } from '../../domain/application';
import { replay } from '../../domain/lifecycle/computeCase';
import { decide, operatorMayDo } from '../../domain/lifecycle/transitions';
import { OperatorActionSchema, type CaseEvent, type OperatorAction } from '../../domain/lifecycle/types';
import { ApiError, json, parseWith, readJson } from '../http';
import { caseInput, serviceOf } from '../lifecycle';
import { PinChangeSchema } from '../../domain/operatorPin';
import { audit, openStaffSession, operatorPinSet, requireOperator, writeOperatorPin } from '../operator';
import type { Handler, RequestContext } from '../router';
import { revokeCertificate } from '../certificates';
import type { CaseRow, CertificateRow } from '../rows';
import { requireAccount } from '../auth/sessions';
import { appendEvent } from './caseActions';
import { caseView } from './caseView';

const QUEUE_LIMIT = 500;
export const QuerySchema = v.object({
  status: v.optional(v.picklist(APPLICATION_STATUSES)),
  service: v.optional(v.pipe(v.string(), v.maxLength(60))),
  q: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

function applicantOf(row: CaseRow): string {
  const { surname, name, patronymic } = row.answers;
  return [surname, name, patronymic].filter((part) => typeof part === 'string' && part).join(' ');
}

function queueItem(row: CaseRow, certificate?: CertificateRow) {
  const actions = OperatorActionSchema.options.map((o) => o.entries.action.literal).filter((a) => operatorMayDo(row, a));
  const document = certificate && { number: certificate.number, revokedAt: certificate.revokedAt };
  return { ...caseView(row), applicant: applicantOf(row), actions, document };
}

/** One case with its signed document, if the authority issued one. */
async function fullItem(ctx: RequestContext, row: CaseRow) {
  return queueItem(row, await ctx.db.certificates.where('caseId').equals(row.id).first());
}

export const getQueue: Handler = async (ctx) => {
  await requireOperator(ctx);
  const query = parseWith(QuerySchema, Object.fromEntries([...ctx.url.searchParams].filter(([, value]) => value !== '')));
  const q = query.q?.trim().toUpperCase();
  const rows = await ctx.db.cases
    .orderBy('number')
    .filter(
      (row) =>
        (!query.status || row.status === query.status) && (!query.service || row.serviceId === query.service) && (!q || row.number.includes(q)),
    )
    .toArray();
  rows.sort((a, b) => b.updatedAt - a.updatedAt);
  await audit(ctx, { action: 'queue_read', detail: JSON.stringify(query) });
  return json({ total: rows.length, cases: rows.slice(0, QUEUE_LIMIT).map((row) => queueItem(row)) });
};

async function operatorCase(ctx: RequestContext): Promise<CaseRow> {
  await requireOperator(ctx);
  const row = await ctx.db.cases.get(ctx.params.id ?? '');
  if (!row) throw new ApiError(404, 'not_found', 'No such case');
  return row; // the router has settled it to now
}

const trail = (row: CaseRow) => ({ accountId: row.accountId, caseId: row.id, caseNumber: row.number });

export const getOperatorCase: Handler = async (ctx) => {
  const row = await operatorCase(ctx);
  await audit(ctx, { action: 'case_read', ...trail(row) });
  return json(await fullItem(ctx, row));
};

/** Withdraws the case's signed document: from now on «Проверить документ» calls it revoked. */
export const postRevoke: Handler = async (ctx) => {
  const row = await operatorCase(ctx);
  const certificate = await ctx.db.certificates.where('caseId').equals(row.id).first();
  if (!certificate) throw new ApiError(404, 'not_found', 'The case has no signed document');
  await revokeCertificate(ctx, certificate.number);
  await audit(ctx, { action: 'document_revoked', ...trail(row), detail: certificate.number });
  return json(await fullItem(ctx, row));
};

export const postOperatorAction: Handler = async (ctx) => {
  const row = await operatorCase(ctx);
  const act: OperatorAction = await readJson(ctx.request, OperatorActionSchema);
  const event: CaseEvent = { type: 'operator', at: ctx.now, act };
  const input = caseInput(row);
  const now = decide({ status: row.status, request: row.state?.request }, input, event);
  if (!now.ok) throw new ApiError(409, 'conflict', now.refusal.message);
  if (act.action === 'request_documents') {
    const known = serviceOf(row)?.documents.map((d) => d.id) ?? [];
    if (act.documents.some((id) => !known.includes(id))) throw new ApiError(422, 'validation', 'Unknown document', { documents: 'invalid_value' });
  }
  // The engine replays the log with the action at this moment; if it refuses the action there (a step
  // the department took at this very minute came first), the answer is its typed refusal.
  const refusal = replay(input, [...row.events, event], ctx.now).refused.get(event);
  if (refusal) throw new ApiError(409, 'conflict', refusal.message);
  const updated = await appendEvent(ctx, row, event);
  await audit(ctx, { action: 'case_action', ...trail(row), detail: act.action });
  return json(await fullItem(ctx, updated));
};

export const getOperatorPin: Handler = async (ctx) => json({ set: await operatorPinSet(ctx) });

/** Sets the first PIN; changing it needs `currentPin` (a full stand reset clears it instead). */
export const postOperatorPin: Handler = async (ctx) => {
  const { pin, currentPin } = await readJson(ctx.request, PinChangeSchema);
  await writeOperatorPin(ctx, pin, currentPin);
  return json({ set: true });
};

/** Opens the console: the PIN in the body, a staff token in the answer (sent as X-Okno-Operator from then on). */
export const postOperatorCheck: Handler = async (ctx) => {
  const { pin } = await readJson(ctx.request, v.object({ pin: v.string('invalid_value') }));
  const session = await openStaffSession(ctx, pin);
  return json({ ok: true, token: session.id, expiresAt: session.expiresAt });
};

/** The citizen's own view of what the department's operators read and did with their cases. */
export const getMyOperatorLog: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.operatorAudit.where('accountId').equals(account.id).reverse().sortBy('at');
  return json(rows.map(({ at, action, caseId, caseNumber, detail }) => ({ at, action, caseId, caseNumber, detail })));
};
