// Applications: a one-time code signs the submission; the server checks every answer again with the
// service's own form; one draft gives at most one case, however often it is sent.
import * as v from 'valibot';
import { IDENTITY_LEVELS } from '../../domain/account';
import { SubmissionSchema, type Submission } from '../../domain/application';
import { formSchema } from '../../domain/catalog/formSchema';
import { SERVICES } from '../../domain/catalog/services';
import { certificateValidity } from '../../domain/certificate';
import { referenceNumber } from '../../domain/referenceNumber';
import { issueCode, randomId, verifyCode } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { receiveFiles } from '../attachments';
import { ApiError, issuesToFields, json, parseWith, readJson } from '../http';
import { settleCases } from '../lifecycle';
import { readDefaultScenario, readSeed } from '../simSettings';
import type { Handler, RequestContext } from '../router';
import type { CaseRow } from '../rows';
import { caseView } from './caseView';
import { checkFeePayment, linkPaymentToCase } from '../payments/feeCheck';
import { checkVisitLinks } from '../bookings/applicationLinks';
import { linkFix, refusedCaseToFix } from './caseFix';
import { registryStory } from './registryStory';
import { feeFor } from '../../domain/paperFee';
import { parseDelivery } from '../../domain/delivery';
import { checkSubmissionSignature } from './signatureKey';

export const postSubmitCode: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(await issueCode(ctx, { purpose: 'submit', channel: 'sms', target: account.phone, accountId: account.id }), 201);
};

async function uniqueNumber(ctx: RequestContext): Promise<string> {
  const year = new Date(ctx.now).getUTCFullYear();
  for (;;) {
    const number = referenceNumber(year, () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32);
    if (!(await ctx.db.cases.where('number').equals(number).count())) return number;
  }
}

export const postApplication: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  // Multipart: the part «submission» (JSON) and one part «file:<slot>» per attached file.
  const multipart = (ctx.request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data');
  const form = multipart ? await ctx.request.formData().catch(() => null) : null;
  if (multipart && !form) throw new ApiError(400, 'bad_json', 'The multipart body cannot be read');
  const submission = form
    ? parseWith(SubmissionSchema, parseJsonText(String(form.get('submission') ?? '')))
    : await readJson(ctx.request, SubmissionSchema);
  const existing = await ctx.db.cases.where('draftId').equals(submission.draftId).first();
  if (existing) {
    if (existing.accountId !== account.id) throw new ApiError(409, 'validation', 'This draft id is taken', { draftId: 'invalid_value' });
    return json(caseView(existing));
  }

  const service = SERVICES.find((s) => s.id === submission.serviceId);
  if (!service) throw new ApiError(404, 'not_found', 'No such service');
  if (IDENTITY_LEVELS.indexOf(account.identityLevel) < IDENTITY_LEVELS.indexOf(service.identityLevel)) {
    throw new ApiError(403, 'identity_level_low', 'The service needs a higher account level', undefined, { level: service.identityLevel });
  }
  if (!service.results.includes(submission.resultWay)) {
    throw new ApiError(422, 'validation', 'This way of receiving is not offered', { resultWay: 'invalid_value' });
  }
  // The service's fee, or the region's fee for a paper certificate: a paid invoice of this account for
  // this service, draft and amount, checked in the ledger.
  const fee = feeFor(service, { resultWay: submission.resultWay, region: String(submission.answers['region'] ?? '') });
  if (fee) {
    await checkFeePayment(ctx, {
      accountId: account.id,
      serviceId: service.id,
      draftId: submission.draftId,
      paymentId: submission.paymentId,
      amountKopecks: fee.amountKopecks,
    });
  }
  const checked = v.safeParse(formSchema(service.steps, submission.answers), submission.answers);
  if (!checked.success) throw new ApiError(422, 'validation', 'The application has invalid fields', issuesToFields(checked.issues));
  const links = await checkVisitLinks(ctx, account.id, service.id, submission);
  // Post asks where to deliver: a full address, its errors under the wizard's field names.
  const delivery = submission.resultWay === 'post' ? parseDelivery(submission.deliveryAddress) : undefined;
  if (delivery && !delivery.ok) throw new ApiError(422, 'validation', 'The delivery address is incomplete', delivery.fields);
  const refused = await refusedCaseToFix(ctx, account.id, service.id, submission.fixes);
  const files = await receiveFiles(service, submission, form);
  // Confirmed by the account's own signature over this content, or by the one-time code.
  const { signature } = submission;
  const signed = signature ? await checkSubmissionSignature(account, { ...submission, signature }) : undefined;
  const flow = signed ? undefined : await submitCodeFlow(ctx, account.id, submission);

  const number = await uniqueNumber(ctx);
  // The story is fixed now: the header's scenario or the demo default, timed by the global seed and the
  // case's place in the sequence, so the same run of actions tells the same story again.
  const seed = `${await readSeed(ctx.db)}:${await ctx.db.cases.count()}`;
  const answers = checked.output as Record<string, string | boolean>;
  const { story, registry } = registryStory(
    service,
    answers,
    account,
    ctx.scenario ?? (await readDefaultScenario(ctx.db)),
    seed,
    submission.resultWay,
  );
  const row: CaseRow = {
    id: randomId(),
    accountId: account.id,
    draftId: submission.draftId,
    number,
    serviceId: service.id,
    // What the form schema made of the answers (normalised phones, ISO dates), never the raw input.
    answers,
    resultWay: submission.resultWay,
    ...story,
    seed,
    ...(registry ? { registry } : {}),
    validityMonths: certificateValidity({ region: String(answers['region'] ?? '') }),
    events: [],
    status: 'sent',
    submittedAt: ctx.now,
    updatedAt: ctx.now,
    timeline: [{ at: ctx.now, status: 'sent' }],
    files,
    ...links,
    ...(delivery?.ok ? { deliveryAddress: delivery.address } : {}),
    ...(signed ? { signedWith: signed } : {}),
    ...(refused ? { fixes: { id: refused.id, number: refused.number } } : {}),
  };
  const stored = await ctx.db.transaction('rw', ctx.db.cases, ctx.db.codes, ctx.db.changes, async () => {
    // Two tabs sending the same draft at once: the second finds the first's case here.
    const raced = await ctx.db.cases.where('draftId').equals(row.draftId).first();
    if (raced) return raced;
    // A refused case is corrected once: the second of two racing corrections is refused here.
    const stillOpen = refused && (await refusedCaseToFix(ctx, account.id, service.id, refused.id));
    await ctx.db.cases.add(row);
    if (stillOpen) await linkFix(ctx, stillOpen, row);
    if (flow) await ctx.db.codes.delete(flow.id);
    await ctx.recordChange('case', row.id, 'put', row.accountId);
    return row;
  });
  if (stored === row && fee) await linkPaymentToCase(ctx, row, submission.paymentId);
  // Settling delivers «registered» (SMS, e-mail, in-app) and moves an instant service on at once.
  const [settled] = await settleCases(ctx, async () => [(await ctx.db.cases.get(stored.id))!]);
  return json(caseView(settled!), stored === row ? 201 : 200);
};

export const getApplications: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const rows = await ctx.db.cases.where('[accountId+updatedAt]').between([account.id, -Infinity], [account.id, Infinity]).reverse().toArray();
  return json(rows.map(caseView));
};

/** The citizen's own case (the router has settled it to now); 404 for anyone else's. */
export async function ownCase(ctx: RequestContext): Promise<CaseRow> {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.cases.get(ctx.params.id ?? '');
  if (!row || row.accountId !== account.id) throw new ApiError(404, 'not_found', 'No such application');
  return row;
}

export const getApplication: Handler = async (ctx) => json({ ...caseView(await ownCase(ctx)), asOf: ctx.now });

async function submitCodeFlow(ctx: RequestContext, accountId: string, submission: Submission) {
  if (!submission.flowId || !submission.code) throw new ApiError(422, 'validation', 'Confirm with the SMS code or a signature', { code: 'required' });
  const flow = await verifyCode(ctx, submission.flowId, submission.code, 'submit');
  if (flow.accountId !== accountId) throw new ApiError(403, 'unauthorized', 'The code belongs to another account');
  return flow;
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_json', 'The submission part is not valid JSON');
  }
}
