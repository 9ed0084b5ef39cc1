// The answer as signed files: GET /api/appeals/:id/answer gives JSON and XML signed with the
// authority's key, GET /api/appeals/:id/answer/pdf the sealed PDF; POST /api/appeals/answers/verify
// checks a JSON or XML file offline (the service worker answers), the PDF goes to verify-file.
import * as v from 'valibot';
import {
  answerJsonFile,
  answerJsonText,
  answerXmlDocument,
  answerXmlFile,
  looksLikeAnswerFile,
  readAnswerFile,
} from '../../domain/appeals/answerDocument';
import { verifySignature, type VerifyResult } from '../../domain/certificate';
import { authorityPublicKey, signText } from '../authority';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { answerData, answerFile } from './answerFile';
import { ownAppeal } from './citizen';

export const getAnswer: Handler = async (ctx) => {
  const data = answerData(await ownAppeal(ctx));
  const text = answerJsonText(data);
  const xmlDocument = answerXmlDocument(data);
  const [jsonSig, xmlSig] = [await signText(ctx.db, text), await signText(ctx.db, xmlDocument)];
  return json({
    data,
    json: answerJsonFile(text, jsonSig.signature, jsonSig.keyId),
    xml: answerXmlFile(xmlDocument, xmlSig.signature, xmlSig.keyId),
    keyId: jsonSig.keyId,
    signed: text,
    signature: jsonSig.signature,
  });
};

/** GET /api/appeals/:id/answer/pdf?lang=ru|en: the sealed PDF, for the appeal's owner once answered. */
export const getAnswerPdf: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  if (!row.state.answer) throw new ApiError(404, 'no_answer', 'The appeal has no answer yet');
  const language = new URL(ctx.request.url).searchParams.get('lang') === 'en' ? 'en' : 'ru';
  const pdf = await answerFile(ctx, row, answerData(row), language);
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="answer-${row.number}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
};

/**
 * The verdict on a JSON or XML answer file, named like the PDF's: changed (a byte of the signed text or
 * the signature differs), other_key (signed, but not by the authority), unreadable (an answer file, cut
 * or broken). A text that is no answer file at all is refused with 422 not_okno_document.
 */
export async function verifyAnswerText(ctx: Parameters<Handler>[0], text: string): Promise<VerifyResult> {
  const file = readAnswerFile(text);
  if (!file) {
    if (looksLikeAnswerFile(text)) return { verdict: 'unreadable' };
    throw new ApiError(422, 'not_okno_document', 'The file is not an Okno answer');
  }
  const { keyId, key } = await authorityPublicKey(ctx.db);
  if (file.keyId !== keyId) return { verdict: 'other_key' };
  if (!(await verifySignature(key, file.signed, file.signature))) return { verdict: 'changed' };
  return { verdict: 'valid', answer: file.data };
}

export const postVerifyAnswer: Handler = async (ctx) => {
  const { text } = await readJson(ctx.request, v.object({ text: v.pipe(v.string(), v.maxLength(200_000)) }));
  return json(await verifyAnswerText(ctx, text));
};
