// The authority's registry of signed electronic documents: issuing one when a case with an electronic
// result becomes ready, revoking, and verifying what a citizen or a third party brings back.
// The registry row keeps the exact canonical text that was signed; nothing is re-derived when checking.
import type { Service } from '../domain/catalog/serviceSchema';
import { addMonths, moscowDate } from '../domain/calendar';
import {
  canonicalJson,
  certificateValidity,
  formatQrPayload,
  judgeCertificate,
  parseCertificateData,
  parseQrPayload,
  sha256Base64url,
  validUntilEnd,
  certifiedView,
  type CertificateData,
  type Verdict,
  type VerifyRequest,
  type VerifyResult,
} from '../domain/certificate';
import { parseAnswerData } from '../domain/appeals/answerDocument';
import { REFERENCE_ALPHABET } from '../domain/referenceNumber';
import { addressLine, addressPartsOf } from '../domain/addressLine';
import { certificateRu } from '../i18n/certificate.ru';
import { renderCertificate } from '../../workers/pdf/certificate';
import { readSeal, sealPdf } from '../../workers/pdf/seal';
import { verifyAnswerQr } from './appeals/answerFile';
import { authorityPublicKey, signBytes, signText } from './authority';
import { ApiError } from './http';
import type { RequestContext } from './router';
import type { CaseRow, CertificateRow } from './rows';

/** The lifecycle engine may issue outside a request handler, so only the database and the time are needed. */
export type CertificateContext = Pick<RequestContext, 'db' | 'now'> & Partial<Pick<RequestContext, 'recordChange'>>;

const NUMBER_PREFIX: Record<string, string> = { 'residence-certificate': 'RC' };
const DEFAULT_PREFIX = 'ED'; // «электронный документ» of any other service
const AUTHORITY: Record<string, string> = {
  'residence-certificate': 'Управление по вопросам миграции МВД России (учебная симуляция «Окно»)',
};
const DEFAULT_AUTHORITY = 'Центр государственных услуг «Окно» (учебная симуляция)';

async function uniqueNumber(ctx: CertificateContext, serviceId: string, at: number): Promise<string> {
  const prefix = `${NUMBER_PREFIX[serviceId] ?? DEFAULT_PREFIX}-${moscowDate(at).slice(0, 4)}-`;
  for (;;) {
    const random = crypto.getRandomValues(new Uint32Array(6));
    const number = prefix + Array.from(random, (n) => REFERENCE_ALPHABET[n % REFERENCE_ALPHABET.length]).join('');
    if (!(await ctx.db.certificates.get(number))) return number;
  }
}

function text(answers: CaseRow['answers'], key: string): string | undefined {
  const value = answers[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function purposeText(answers: CaseRow['answers'], service: Service): string | undefined {
  const purpose = text(answers, 'purpose');
  if (!purpose) return undefined;
  if (purpose === 'other') return text(answers, 'purposeOther');
  const field = service.steps.flatMap((step) => step.fields).find((f) => f.id === 'purpose');
  return field?.options?.find((o) => o.value === purpose)?.label.ru ?? purpose;
}

async function buildData(ctx: CertificateContext, row: CaseRow, service: Service, number: string, at: number): Promise<CertificateData> {
  const { answers } = row;
  // The form's answers are the applicant as the application states it; the account covers services
  // whose form does not ask for the name.
  const person = text(answers, 'surname') ? undefined : (await ctx.db.accounts.get(row.accountId))?.person;
  const names = person ? [person.surname, person.name, person.patronymic] : ['surname', 'name', 'patronymic'].map((k) => text(answers, k));
  const birthDate = text(answers, 'birthDate') ?? person?.birthDate;
  if (!birthDate) throw new Error(`Case ${row.number} has no applicant birth date to certify`);
  const from = text(answers, 'periodFrom');
  const to = text(answers, 'periodTo');
  // The case fixed its validity when it arrived; older rows without it fall back to the region rule.
  const months = row.validityMonths || certificateValidity({ region: text(answers, 'region') });
  const data: CertificateData = {
    v: 1,
    number,
    caseNumber: row.number,
    serviceId: service.id,
    title: service.title.ru,
    authority: AUTHORITY[service.id] ?? DEFAULT_AUTHORITY,
    applicant: { fullName: names.filter(Boolean).join(' '), birthDate },
    issuedAt: new Date(at).toISOString(),
    validUntil: addMonths(moscowDate(at), months),
  };
  const address = addressLine(addressPartsOf(answers));
  const kind = text(answers, 'variant');
  const purpose = purposeText(answers, service);
  if (address) data.address = address;
  if (kind) data.kind = kind;
  if (purpose) data.purpose = purpose;
  if (from && to && kind === 'residence_period') data.period = { from, to };
  return data;
}

/**
 * Signs and registers the case's electronic document, dated `at`: the moment the case became ready,
 * which after a clock jump lies before ctx.now. Idempotent per case: a second call (another request
 * catching the case up at the same moment included) returns the row already stored.
 */
export async function issueCertificate(ctx: CertificateContext, caseRow: CaseRow, service: Service, at = ctx.now): Promise<CertificateRow> {
  const existing = await ctx.db.certificates.where('caseId').equals(caseRow.id).first();
  if (existing) return existing;
  const data = await buildData(ctx, caseRow, service, await uniqueNumber(ctx, service.id, at), at);
  const text = canonicalJson(data);
  const { signature, keyId } = await signText(ctx.db, text);
  const row: CertificateRow = {
    number: data.number,
    caseId: caseRow.id,
    accountId: caseRow.accountId,
    data: text,
    hash: await sha256Base64url(text),
    signature,
    keyId,
    issuedAt: at,
    validUntil: validUntilEnd(data.validUntil),
  };
  // Signing is WebCrypto, which cannot run inside the transaction; the check is repeated in it instead.
  const stored = await ctx.db.transaction('rw', ctx.db.certificates, ctx.db.changes, async () => {
    const winner = await ctx.db.certificates.where('caseId').equals(caseRow.id).first();
    if (winner) return winner;
    await ctx.db.certificates.add(row);
    await ctx.recordChange?.('case', caseRow.id, 'put', caseRow.accountId);
    return row;
  });
  return stored;
}

export async function revokeCertificate(ctx: CertificateContext, number: string, at = ctx.now): Promise<CertificateRow> {
  return ctx.db.transaction('rw', ctx.db.certificates, ctx.db.changes, async () => {
    const row = await ctx.db.certificates.get(number);
    if (!row) throw new ApiError(404, 'not_found', 'No such document in the registry');
    const revoked = { ...row, revokedAt: row.revokedAt ?? at };
    await ctx.db.certificates.put(revoked);
    await ctx.recordChange?.('case', row.caseId, 'put', row.accountId);
    return revoked;
  });
}

export const qrPayloadOf = (row: CertificateRow) => formatQrPayload({ number: row.number, hash: row.hash, signature: row.signature });

/** The verdict on a document read from a PDF ({data, signature}) or a scanned QR code ({qr}). */
export async function verifyCertificate(ctx: CertificateContext, input: VerifyRequest): Promise<VerifyResult> {
  const { key } = await authorityPublicKey(ctx.db);
  let data: string;
  let signature: string;
  let registryRow: CertificateRow | undefined;
  if ('qr' in input) {
    const qr = parseQrPayload(input.qr);
    // Not an Okno QR at all: nothing claims to be ours, so nothing can be called changed.
    if (!qr) return { verdict: 'unknown' };
    registryRow = await ctx.db.certificates.get(qr.number);
    // The QR has no data to check a signature over: the registry (or the appeals, for an answer's QR) must know the number.
    if (!registryRow) return (await verifyAnswerQr(ctx, input.qr)) ?? { verdict: 'unknown' };
    // The paper's code does not match what the registry holds for its number: the copy was altered.
    if (registryRow.hash !== qr.hash) return { verdict: 'changed' };
    if (registryRow.signature !== qr.signature) return { verdict: 'other_key' };
    ({ data, signature } = registryRow);
  } else {
    ({ data, signature } = input);
    const number = parseCertificateData(data)?.number;
    registryRow = number ? await ctx.db.certificates.get(number) : undefined;
  }
  const verdict = await judgeCertificate({ data, signature, registryRow, publicKey: key, now: ctx.now });
  return withCertificate(verdict, data);
}

/** The certified data goes along only with a verdict on a genuine document. */
function withCertificate(verdict: Verdict, data: string): VerifyResult {
  const parsed = parseCertificateData(data);
  if (!parsed || !['valid', 'expired', 'revoked'].includes(verdict)) return { verdict };
  return { verdict, certificate: certifiedView(parsed) };
}

/**
 * The document as a PDF sealed over every byte by the authority. Made on the first download and kept:
 * a certificate issued before whole-file seals is re-issued this way on its next download, with the
 * same certified data, data signature and QR, and a seal dated now.
 */
export async function certificateFile(ctx: CertificateContext, row: CertificateRow): Promise<Uint8Array> {
  if (row.pdf) return row.pdf;
  const { keyId } = await authorityPublicKey(ctx.db);
  const unsealed = await renderCertificate({
    data: row.data,
    signature: row.signature,
    keyId: row.keyId,
    qr: qrPayloadOf(row),
    // The certificate is an official Russian document whatever the reader's language.
    labels: certificateRu.certificatePdf,
    seal: { keyId, signedAt: new Date(ctx.now) },
  });
  const pdf = await sealPdf(unsealed, async (covered) => (await signBytes(ctx.db, covered)).signature);
  return ctx.db.transaction('rw', ctx.db.certificates, async () => {
    const current = await ctx.db.certificates.get(row.number);
    if (current?.pdf) return current.pdf; // another request sealed it first: every copy stays the same
    if (current) await ctx.db.certificates.put({ ...current, pdf });
    return pdf;
  });
}

const SEAL_PROBLEMS = { legacy: 'legacy', appended: 'changed', unreadable: 'unreadable' } as const;

/**
 * The verdict on a whole PDF file: its seal must be the authority's over every byte but the signature
 * itself; then the registry says whether the certified document is in force. A file without any Okno
 * data is refused with 422 not_okno_document (the page says it is not an Okno document).
 */
export async function verifyCertificateFile(ctx: CertificateContext, file: Uint8Array): Promise<VerifyResult> {
  const seal = readSeal(file);
  if (seal.kind === 'none') throw new ApiError(422, 'not_okno_document', 'The file carries no Okno seal or certificate data');
  if (seal.kind !== 'sealed') return { verdict: SEAL_PROBLEMS[seal.kind] };
  const { key, keyId } = await authorityPublicKey(ctx.db);
  const genuine = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    seal.signature as Uint8Array<ArrayBuffer>,
    seal.covered as Uint8Array<ArrayBuffer>,
  );
  if (!genuine) return { verdict: seal.keyId && seal.keyId !== keyId ? 'other_key' : 'changed' };
  const data = seal.data ?? '';
  const parsed = parseCertificateData(data);
  // A sealed appeal answer: the authority's seal over every byte is the whole proof.
  const answer = parsed ? null : parseAnswerData(data);
  if (answer) return { verdict: 'valid', answer };
  // Sealed by the authority but carrying no certificate data: not a document this registry knows.
  if (!parsed) return { verdict: 'unknown' };
  const row = await ctx.db.certificates.get(parsed.number);
  if (!row) return { verdict: 'unknown' };
  if (row.data !== data) return { verdict: 'changed' };
  if (row.revokedAt !== undefined && row.revokedAt <= ctx.now) return withCertificate('revoked', data);
  if (ctx.now >= validUntilEnd(parsed.validUntil)) return withCertificate('expired', data);
  return withCertificate('valid', data);
}
