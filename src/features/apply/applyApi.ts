// Calls of the application wizard: the signing code and the submission.
import * as v from 'valibot';
import { apiGet, apiPost } from '../../client/api';
import { CodeTicketSchema } from '../../domain/account';
import { ApplicationViewSchema, type Submission } from '../../domain/application';

export const requestSubmitCode = () => apiPost('/applications/code', {}, CodeTicketSchema);
export const submitApplication = (submission: Submission) => apiPost('/applications', submission, ApplicationViewSchema);
export const listApplications = () => apiGet('/applications', v.array(ApplicationViewSchema));
export const readApplication = (id: string) => apiGet(`/applications/${encodeURIComponent(id)}`, ApplicationViewSchema);
