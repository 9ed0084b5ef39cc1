// The answer as a PDF sealed over every byte by the authority, exactly as certificates are (render in
// the server, reserveSeal, sealPdf with signBytes), and its QR code: OKNO1.<appeal number>.<hash of the
// signed answer>.<signature>, which /verify checks against the appeal the server keeps.
import { answerJsonText, type AnswerData } from '../../domain/appeals/answerDocument';
import { formatMoscowDateTime } from '../../domain/calendar';
import { formatQrPayload, parseQrPayload, sha256Base64url, verifySignature, type VerifyResult } from '../../domain/certificate';
import { appealsEn } from '../../i18n/appeals.en';
import { appealsRu } from '../../i18n/appeals.ru';
import { renderAppealAnswer } from '../../../workers/pdf/appealAnswer';
import { sealPdf } from '../../../workers/pdf/seal';
import { authorityPublicKey, signBytes, signText } from '../authority';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { AppealRow } from './rows';

type Ctx = Pick<RequestContext, 'db' | 'now'>;

const ANSWER_AUTHORITY = appealsRu.appeals.answerPdf.authorityName;

/** The signed facts of the answer; the official files are Russian whatever the reader's language. */
export function answerData(row: AppealRow): AnswerData {
  const answer = row.state.answer;
  if (!answer) throw new ApiError(409, 'no_answer', 'There is no answer yet');
  const { types, topics } = appealsRu.appeals;
  return {
    kind: 'okno-appeal-answer',
    number: row.number,
    type: types[row.type as keyof typeof types] ?? row.type,
    topic: topics[row.topic as keyof typeof topics] ?? row.topic,
    subject: row.subject,
    sentAt: formatMoscowDateTime(row.sentAt),
    answeredAt: formatMoscowDateTime(answer.at),
    outcome: answer.outcome,
    code: answer.code,
    explanation: answer.explanation,
    nextSteps: answer.nextSteps,
    executor: answer.executor,
    authority: ANSWER_AUTHORITY,
  };
}

/** The QR printed on the answer: its signed JSON's hash and signature under the appeal's number. */
export async function answerQr(ctx: Ctx, data: AnswerData): Promise<string> {
  const text = answerJsonText(data);
  const { signature } = await signText(ctx.db, text);
  return formatQrPayload({ number: data.number, hash: await sha256Base64url(text), signature });
}

/**
 * The sealed PDF in the reader's language (labels and the names of type, topic and outcome); the
 * embedded signed data stays the Russian original. Made on each download: the seal is dated when the
 * answer was given, so copies differ only in the signature's random part.
 */
export async function answerFile(ctx: Ctx, row: AppealRow, data: AnswerData, language: 'ru' | 'en'): Promise<Uint8Array> {
  const answer = row.state.answer!;
  const texts = (language === 'en' ? appealsEn : appealsRu).appeals;
  const { keyId } = await authorityPublicKey(ctx.db);
  const unsealed = await renderAppealAnswer({
    data: answerJsonText(data),
    view: {
      authority: language === 'en' ? texts.answerPdf.authorityName : data.authority,
      number: row.number,
      sentAt: row.sentAt,
      type: texts.types[row.type as keyof typeof texts.types] ?? data.type,
      topic: texts.topics[row.topic as keyof typeof texts.topics] ?? data.topic,
      subject: row.subject,
      outcome: texts.outcomes[answer.outcome],
      code: answer.code,
      explanation: answer.explanation,
      nextSteps: answer.nextSteps,
      executor: answer.executor,
      answeredAt: answer.at,
    },
    qr: await answerQr(ctx, data),
    labels: texts.answerPdf,
    language,
    seal: { keyId, signedAt: new Date(answer.at) },
  });
  return sealPdf(unsealed, async (covered) => (await signBytes(ctx.db, covered)).signature);
}

/** The verdict on an answer's QR code, or null when its number is no answered appeal (then: unknown). */
export async function verifyAnswerQr(ctx: Ctx, qrText: string): Promise<VerifyResult | null> {
  const qr = parseQrPayload(qrText);
  if (!qr || !/^\d{8}$/.test(qr.number)) return null;
  const row = await ctx.db.appeals.where('number').equals(qr.number).first();
  if (!row?.state.answer) return null;
  const data = answerData(row);
  const text = answerJsonText(data);
  if ((await sha256Base64url(text)) !== qr.hash) return { verdict: 'changed' };
  const { key } = await authorityPublicKey(ctx.db);
  if (!(await verifySignature(key, text, qr.signature))) return { verdict: 'other_key' };
  return { verdict: 'valid', answer: data };
}
