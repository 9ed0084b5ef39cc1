// The answer as signed files: GET /api/appeals/:id/answer gives JSON and XML signed with the
// authority's key; POST /api/appeals/answers/verify checks a file offline (the service worker answers).
import * as v from 'valibot';
import { answerJsonFile, answerJsonText, answerXmlDocument, answerXmlFile, readAnswerFile, type AnswerData } from '../../domain/appeals/answerDocument';
import { formatMoscowDateTime } from '../../domain/calendar';
import { verifySignature } from '../../domain/certificate';
import { authorityPublicKey, signText } from '../authority';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { ownAppeal } from './citizen';
import type { AppealRow } from './rows';

const AUTHORITY = 'Центр государственных услуг «Окно» (учебная симуляция), отдел обращений граждан';
const TYPE_NAMES: Record<string, string> = { request: 'Запрос', complaint: 'Жалоба', suggestion: 'Предложение', petition: 'Петиция', objection: 'Обжалование' };

export function answerData(row: AppealRow): AnswerData {
  const answer = row.state.answer;
  if (!answer) throw new ApiError(409, 'no_answer', 'There is no answer yet');
  return {
    kind: 'okno-appeal-answer',
    number: row.number,
    type: TYPE_NAMES[row.type] ?? row.type,
    subject: row.subject,
    sentAt: formatMoscowDateTime(row.sentAt),
    answeredAt: formatMoscowDateTime(answer.at),
    outcome: answer.outcome,
    code: answer.code,
    explanation: answer.explanation,
    nextSteps: answer.nextSteps,
    executor: answer.executor,
    authority: AUTHORITY,
  };
}

export const getAnswer: Handler = async (ctx) => {
  const data = answerData(await ownAppeal(ctx));
  const text = answerJsonText(data);
  const xmlDocument = answerXmlDocument(data);
  const [jsonSig, xmlSig] = [await signText(ctx.db, text), await signText(ctx.db, xmlDocument)];
  return json({ data, json: answerJsonFile(text, jsonSig.signature, jsonSig.keyId), xml: answerXmlFile(xmlDocument, xmlSig.signature, xmlSig.keyId), keyId: jsonSig.keyId, signed: text, signature: jsonSig.signature });
};

export const postVerifyAnswer: Handler = async (ctx) => {
  const { text } = await readJson(ctx.request, v.object({ text: v.pipe(v.string(), v.maxLength(200_000)) }));
  const file = readAnswerFile(text);
  if (!file) return json({ verdict: 'unknown' });
  const { keyId, key } = await authorityPublicKey(ctx.db);
  const genuine = file.keyId === keyId && (await verifySignature(key, file.signed, file.signature));
  return json(genuine ? { verdict: 'valid', answer: file.data } : { verdict: 'forged' });
};
