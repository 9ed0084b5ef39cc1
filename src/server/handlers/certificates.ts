// Signed electronic results: the authority's public key and verification are open to anyone (a bank
// clerk checks a certificate without an account); the document itself only to the case's owner.
import { SERVICES } from '../../domain/catalog/services';
import { VerifyRequestSchema } from '../../domain/certificate';
import { authorityPublicKey } from '../authority';
import { requireAccount } from '../auth/sessions';
import { issueCertificate, qrPayloadOf, verifyCertificate } from '../certificates';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';

/** GET /api/certificates/key: {jwk, keyId}, so a verifier can check signatures itself. */
export const getAuthorityKey: Handler = async (ctx) => {
  const { jwk, keyId } = await authorityPublicKey(ctx.db);
  return json({ jwk, keyId });
};

/** POST /api/certificates/verify: {data, signature} or {qr} → {verdict, certificate?}. No account needed. */
export const postVerify: Handler = async (ctx) => {
  const input = await readJson(ctx.request, VerifyRequestSchema);
  return json(await verifyCertificate(ctx, input));
};

/** GET /api/applications/:id/result: the signed document of the owner's case, to render as a PDF. */
export const getResult: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const row = await ctx.db.cases.get(ctx.params.id ?? '');
  if (!row || row.accountId !== account.id) throw new ApiError(404, 'not_found', 'No such application');
  let certificate = await ctx.db.certificates.where('caseId').equals(row.id).first();
  // The worker may have stopped between settling a ready case and signing its document: sign it now,
  // dated when the case became ready (issuing is idempotent, so a race with the engine is harmless).
  const service = SERVICES.find((s) => s.id === row.serviceId);
  if (!certificate && service && row.resultWay === 'electronic' && (row.status === 'ready' || row.status === 'issued')) {
    certificate = await issueCertificate(ctx, row, service, row.state?.readyAt ?? ctx.now);
  }
  if (!certificate) throw new ApiError(404, 'not_found', 'The application has no electronic result yet');
  const { data, signature, number, keyId } = certificate;
  return json({ data, signature, number, keyId, qr: qrPayloadOf(certificate) });
};
