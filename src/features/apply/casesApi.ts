// The citizen's calls about a sent application: reply to a documents request, take the electronic result.
import { apiBytes, apiGet, apiPost, apiRequest } from '../../client/api';
import { CaseResultSchema } from '../../domain/answers/documents';
import { ApplicationViewSchema } from '../../domain/application';
import { shortenFileName } from '../../domain/fileName';
import type { RatingInput } from '../../domain/ratings/rating';

const id = (value: string) => encodeURIComponent(value);

export function sendReply(caseId: string, files: { slot: string; name: string; sha256: string; blob: Blob }[]) {
  const form = new FormData();
  form.set('reply', JSON.stringify({ attachments: files.map(({ slot, name, sha256 }) => ({ slot, name: shortenFileName(name), sha256 })) }));
  for (const file of files) form.set(`file:${file.slot}`, file.blob, file.name);
  return apiRequest('POST', `/applications/${id(caseId)}/reply`, ApplicationViewSchema, { body: form });
}

export { CaseResultSchema as ResultSchema };
export const readResult = (caseId: string) => apiGet(`/applications/${id(caseId)}/result`, CaseResultSchema);
/** The certificate as the authority's PDF, sealed over every byte (made by the server, not on the page). */
export const readResultPdf = (caseId: string) => apiBytes('GET', `/applications/${id(caseId)}/result/pdf`);
/** One file of the citizen's sent application, as the department received it (index in its `files`). */
export const readCaseFile = (caseId: string, index: number) => apiBytes('GET', `/applications/${id(caseId)}/files/${index}`);
/** Withdraws the application (only while «Отправлено» or «Принято»; later: withdraw_too_late). */
export const withdrawApplication = (caseId: string) => apiPost(`/applications/${id(caseId)}/withdraw`, {}, ApplicationViewSchema);
/** A question to the department about the application; the reply follows on the simulated clock. */
export const askDepartment = (caseId: string, text: string) => apiPost(`/applications/${id(caseId)}/questions`, { text }, ApplicationViewSchema);
export const markReceived = (caseId: string) => apiPost(`/applications/${id(caseId)}/received`, {}, ApplicationViewSchema);
/** «Оценить услугу»: sets or changes the rating of a ready or issued application. */
export const rateService = (caseId: string, input: RatingInput) =>
  apiRequest('PUT', `/applications/${id(caseId)}/rating`, ApplicationViewSchema, { body: input });
