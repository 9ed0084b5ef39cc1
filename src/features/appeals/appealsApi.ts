// The citizen's calls about appeals. What the server answers is put into the device mirror at once;
// pages read the mirror through live queries, and the change feed keeps it in step.
import { apiBytes, apiGet, apiPost, apiRequest } from '../../client/api';
import { mirrorAppeals } from '../../client/repos/appealsRepo';
import { SignedAnswerSchema } from '../../domain/answers/documents';
import type { AppealInput } from '../../domain/appeals/input';
import { shortenFileName } from '../../domain/fileName';
import { AppealViewSchema, type AppealView, type Rating } from '../../domain/appeals/view';

const id = (value: string) => encodeURIComponent(value);

export interface AppealFile {
  name: string;
  sha256: string;
  screenshot: boolean;
  blob: Blob;
}

function multipart(part: string, body: object, files: readonly AppealFile[]): FormData {
  const form = new FormData();
  form.set(
    part,
    JSON.stringify({ ...body, attachments: files.map(({ name, sha256, screenshot }) => ({ name: shortenFileName(name), sha256, screenshot })) }),
  );
  files.forEach((file, index) => form.set(`file:${index}`, file.blob, file.name));
  return form;
}

async function mirrored(accountId: string, call: Promise<AppealView>): Promise<AppealView> {
  const appeal = await call;
  await mirrorAppeals(accountId, [appeal]);
  return appeal;
}

export function sendAppeal(accountId: string, input: Omit<AppealInput, 'attachments'>, files: readonly AppealFile[]) {
  return mirrored(accountId, apiRequest('POST', '/appeals', AppealViewSchema, { body: multipart('appeal', input, files) }));
}

export function addMaterials(accountId: string, appealId: string, comment: string, files: readonly AppealFile[]) {
  return mirrored(
    accountId,
    apiRequest('POST', `/appeals/${id(appealId)}/materials`, AppealViewSchema, { body: multipart('materials', { comment }, files) }),
  );
}

export const repeatAppeal = (accountId: string, appealId: string, escalate: boolean) =>
  mirrored(accountId, apiPost(`/appeals/${id(appealId)}/repeat`, { escalate }, AppealViewSchema));
export const closeAppeal = (accountId: string, appealId: string) =>
  mirrored(accountId, apiPost(`/appeals/${id(appealId)}/close`, {}, AppealViewSchema));
/** Support: «Вопрос не решён» — back to work with a fresh term. */
export const reopenRequest = (accountId: string, appealId: string, comment: string) =>
  mirrored(accountId, apiPost(`/appeals/${id(appealId)}/reopen`, { comment }, AppealViewSchema));
/** Support: «Обратный звонок» at «ДД.ММ.ГГГГ ЧЧ:ММ» Moscow time. */
export const bookCallback = (accountId: string, appealId: string, callAt: string, phone: string) =>
  mirrored(accountId, apiPost(`/appeals/${id(appealId)}/callback`, { callAt, phone }, AppealViewSchema));
export const rateAppeal = (accountId: string, appealId: string, rating: Rating) =>
  mirrored(accountId, apiPost(`/appeals/${id(appealId)}/rating`, rating, AppealViewSchema));

export { SignedAnswerSchema };
export const readSignedAnswer = (appealId: string) => apiGet(`/appeals/${id(appealId)}/answer`, SignedAnswerSchema);
/** The answer as the authority's sealed PDF, its words in the reader's language. */
export const readAnswerPdf = (appealId: string, language: 'ru' | 'en') => apiBytes('GET', `/appeals/${id(appealId)}/answer/pdf?lang=${language}`);
