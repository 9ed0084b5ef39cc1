// Signed electronic results: the authority's public key and verification are open to anyone (a bank
// clerk checks a certificate without an account); the document itself only to the case's owner.
import { SERVICES } from '../../domain/catalog/services';
import { VerifyRequestSchema } from '../../domain/certificate';
import { authorityPublicKey } from '../authority';
import { requireAccount } from '../auth/sessions';
import { MAX_FILE_BYTES } from '../../domain/fileCheck';
import { certificateFile, issueCertificate, qrPayloadOf, verifyCertificate, verifyCertificateFile } from '../certificates';
import { ApiError, json, mediaType, readJson } from '../http';
import type { Handler, RequestContext } from '../router';

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

/** POST /api/certificates/verify-file: the PDF's bytes as the body → {verdict, certificate?}. No account needed. */
export const postVerifyFile: Handler = async (ctx) => {
  if (!['', 'application/pdf'].includes(mediaType(ctx.request)))
    throw new ApiError(415, 'unsupported_media_type', 'Send the file as application/pdf');
  const declared = Number(ctx.request.headers.get('Content-Length') ?? 0);
  if (declared > MAX_FILE_BYTES) throw new ApiError(413, 'too_large', 'The file is larger than 5 MB');
  const bytes = new Uint8Array(await ctx.request.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) throw new ApiError(413, 'too_large', 'The file is larger than 5 MB');
  return json(await verifyCertificateFile(ctx, bytes));
};

/** GET /api/applications/:id/result/pdf: the document as the authority's sealed PDF, for the owner only. */
export const getResultPdf: Handler = async (ctx) => {
  const certificate = await ownResult(ctx);
  const pdf = await certificateFile(ctx, certificate);
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${certificate.number}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
};

/** GET /api/applications/:id/result: the signed document of the owner's case (data, signatures, QR). */
export const getResult: Handler = async (ctx) => {
  const certificate = await ownResult(ctx);
  const { data, signature, number, keyId } = certificate;
  return json({ data, signature, number, keyId, qr: qrPayloadOf(certificate) });
};

async function ownResult(ctx: RequestContext) {
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
  return certificate;
}
