// Signed electronic documents: what the authority signs (the canonical JSON of CertificateData), the QR
// payload printed on the PDF, and the verdict anyone can reach offline. Pure apart from WebCrypto; it
// never reads a database — the caller brings the registry row and the authority's public key.
import * as v from 'valibot';
import type { AnswerData } from './appeals/answerDocument';
import { moscowTime } from './calendar';
import { parseIsoDate } from './identifiers';

const IsoDateSchema = v.pipe(
  v.string(),
  v.check((s) => parseIsoDate(s) === s, 'date_format'),
);

export const CertificateDataSchema = v.object({
  v: v.literal(1),
  /** The document's own number, e.g. RC-2026-7K3M9Q. */
  number: v.string(),
  /** The application («номер заявления») the document answers. */
  caseNumber: v.string(),
  serviceId: v.string(),
  /** Document title in Russian: the document is official and printed in Russian whatever the UI language. */
  title: v.string(),
  authority: v.string(),
  applicant: v.object({ fullName: v.string(), birthDate: IsoDateSchema }),
  /** One line, as printed. */
  address: v.optional(v.string()),
  /** The variant id (registration_fact, residence, residence_period); the PDF's labels name it. */
  kind: v.optional(v.string()),
  /** Printed as is: the chosen option's Russian label or the applicant's own words. */
  purpose: v.optional(v.string()),
  period: v.optional(v.object({ from: IsoDateSchema, to: IsoDateSchema })),
  issuedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Last day of validity (Moscow calendar), inclusive. */
  validUntil: IsoDateSchema,
});
export type CertificateData = v.InferOutput<typeof CertificateDataSchema>;

/** Sorted keys, no whitespace, every non-ASCII character as \uXXXX: one byte string per document. */
export function canonicalJson(value: unknown): string {
  const sorted = (_key: string, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val;
  // Non-ASCII characters occur only inside JSON strings, so escaping them in the whole text is safe.
  return JSON.stringify(value, sorted).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null for text that is not base64url. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function sha256Base64url(text: string): Promise<string> {
  return bytesToBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

/** The authority key's short id: first 16 characters of the SHA-256 of the public point «x|y». */
export async function keyIdOf(jwk: JsonWebKey): Promise<string> {
  return (await sha256Base64url(`${jwk.x}|${jwk.y}`)).slice(0, 16);
}

// ---- QR payload ----------------------------------------------------------------------------------

export const QR_PREFIX = 'OKNO1';
export interface QrPayload {
  number: string;
  hash: string;
  signature: string;
}
const QR_PATTERN = /^OKNO1\.([A-Z0-9-]{1,40})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{86})$/;

export const formatQrPayload = ({ number, hash, signature }: QrPayload) => `${QR_PREFIX}.${number}.${hash}.${signature}`;

/** null for anything that is not an Okno document QR (hash 32 bytes, P-256 signature 64 bytes). */
export function parseQrPayload(text: string): QrPayload | null {
  const m = QR_PATTERN.exec(text.trim());
  return m ? { number: m[1]!, hash: m[2]!, signature: m[3]! } : null;
}

// ---- Validity ------------------------------------------------------------------------------------

/**
 * DOMAIN: «1 month standard, 3 months in some regions». No official list exists, so the simulation
 * names a few regions explicitly; both lengths can then be shown in the demo and tested.
 */
export const THREE_MONTH_REGIONS = ['Республика Татарстан', 'Свердловская область', 'Новосибирская область'];
const regionKey = (region: string) => region.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/** Months a certificate stays valid for an address in `region`. */
export function certificateValidity(address: { region?: string } | undefined): number {
  const region = address?.region;
  return region && THREE_MONTH_REGIONS.some((r) => regionKey(r) === regionKey(region)) ? 3 : 1;
}

/** The first instant the document is no longer valid: the end of its last day, Moscow time. */
export const validUntilEnd = (validUntil: string) => moscowTime(validUntil, 24);

// ---- Verdict -------------------------------------------------------------------------------------

/**
 * Why a document is not valid, named (for pasted data, a QR and a whole file alike): changed — a byte
 * differs from what was signed or sealed, or bytes were appended; other_key — signed or sealed, but not
 * with the authority's key; unreadable — cut short, not Okno data, or its seal damaged; legacy — a
 * certificate of the format before whole-file seals. forged is kept only so old answers still parse.
 */
export const VERDICTS = ['valid', 'expired', 'revoked', 'forged', 'unknown', 'changed', 'other_key', 'unreadable', 'legacy'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface JudgeInput {
  /** The canonical JSON exactly as read from the document. */
  data: string;
  signature: string;
  /** The registry's row for the document's number, if any. */
  registryRow: { data: string; revokedAt?: number } | undefined;
  publicKey: CryptoKey;
  now: number;
}

export async function verifySignature(publicKey: CryptoKey, data: string, signature: string): Promise<boolean> {
  const bytes = base64urlToBytes(signature);
  if (!bytes || bytes.length !== 64) return false;
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, bytes, new TextEncoder().encode(data));
}

/** The document's data if the text is canonical CertificateData, else null. */
export function parseCertificateData(text: string): CertificateData | null {
  try {
    const parsed = v.safeParse(CertificateDataSchema, JSON.parse(text));
    return parsed.success && canonicalJson(parsed.output) === text ? parsed.output : null;
  } catch {
    return null;
  }
}

/**
 * Each failure names its reason. unreadable: the text is not the data of an Okno document. changed: the
 * authority's signature does not cover these bytes — the data was altered after signing (or differs from
 * what the registry holds for its number). other_key: the data is exactly what the registry holds, but
 * the signature is someone else's. unknown: genuinely signed, but the registry has no such number (e.g.
 * wiped by a reset), so nobody can say whether it is still in force. Then revoked before expired: a
 * revocation is the stronger fact.
 */
export async function judgeCertificate({ data, signature, registryRow, publicKey, now }: JudgeInput): Promise<Verdict> {
  const parsed = parseCertificateData(data);
  if (!parsed) return 'unreadable';
  if (!(await verifySignature(publicKey, data, signature))) return registryRow?.data === data ? 'other_key' : 'changed';
  if (!registryRow) return 'unknown';
  if (registryRow.data !== data) return 'changed';
  if (registryRow.revokedAt !== undefined && registryRow.revokedAt <= now) return 'revoked';
  if (now >= validUntilEnd(parsed.validUntil)) return 'expired';
  return 'valid';
}

// ---- Verification API ----------------------------------------------------------------------------

/** POST /api/certificates/verify: what was read from a PDF, or the text of a scanned QR code. */
export const VerifyRequestSchema = v.union([
  v.object({ data: v.pipe(v.string(), v.maxLength(20_000)), signature: v.pipe(v.string(), v.maxLength(200)) }),
  v.object({ qr: v.pipe(v.string(), v.maxLength(500)) }),
]);
export type VerifyRequest = v.InferOutput<typeof VerifyRequestSchema>;

export const CertifiedViewSchema = v.omit(CertificateDataSchema, ['v', 'serviceId']);
export type CertifiedView = v.InferOutput<typeof CertifiedViewSchema>;

export function certifiedView(data: CertificateData): CertifiedView {
  const { v: _v, serviceId: _serviceId, ...view } = data;
  return view;
}

export interface VerifyResult {
  verdict: Verdict;
  /** Only for valid, expired or revoked: exactly what the authority certified, to compare with the paper. */
  certificate?: CertifiedView;
  /** Only for valid: the appeal answer a sealed PDF, a JSON or an XML file carries. */
  answer?: AnswerData;
}
