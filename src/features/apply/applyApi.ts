// Calls of the application wizard: the signing code and the submission.
import * as v from 'valibot';
import { apiGet, apiPost, apiRequest } from '../../client/api';
import { CodeTicketSchema } from '../../domain/account';
import { ApplicationViewSchema, type Submission } from '../../domain/application';

export const requestSubmitCode = () => apiPost('/applications/code', {}, CodeTicketSchema);
/** Sends the application as multipart: the part «submission» (JSON) and «file:<slot>» per file. */
export function submitApplication(submission: Submission, files: { slot: string; blob: Blob; name: string }[]) {
  const body = new FormData();
  body.set('submission', JSON.stringify(submission));
  for (const file of files) body.set(`file:${file.slot}`, file.blob, file.name);
  return apiRequest('POST', '/applications', ApplicationViewSchema, { body });
}
export const listApplications = () => apiGet('/applications', v.array(ApplicationViewSchema));
export const readApplication = (id: string) => apiGet(`/applications/${encodeURIComponent(id)}`, ApplicationViewSchema);
