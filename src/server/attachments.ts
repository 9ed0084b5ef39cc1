// Files arriving with an application: each is checked again as the validation worker checked it
// (real type by its bytes, size per document, total per application) and its SHA-256 must match.
import type { Submission } from '../domain/application';
import { MAX_APPLICATION_BYTES } from '../domain/application';
import type { Service } from '../domain/catalog/serviceSchema';
import { checkFile, MAGIC_HEAD_BYTES } from '../domain/fileCheck';
import { quickContentProblem } from '../domain/fileContent';
import { ApiError } from './http';
import type { CaseRow } from './rows';

type CaseFile = NonNullable<CaseRow['files']>[number];

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function receiveFiles(service: Service, submission: Submission, form: FormData | null): Promise<CaseFile[]> {
  const files: CaseFile[] = [];
  const fields: Record<string, string> = {};
  let total = 0;
  for (const meta of submission.attachments) {
    const doc = service.documents.find((d) => d.id === meta.slot);
    const file = form?.get(`file:${meta.slot}`);
    if (!doc || !(file instanceof Blob)) {
      fields[`documents.${meta.slot}`] = 'invalid_value';
      continue;
    }
    const head = new Uint8Array(await file.slice(0, MAGIC_HEAD_BYTES).arrayBuffer());
    const verdict = checkFile({ name: meta.name, size: file.size }, head, { accept: doc.accept, maxBytes: doc.maxBytes });
    const problem = verdict.ok ? quickContentProblem(verdict.kind, new Uint8Array(await file.arrayBuffer())) : null;
    if (!verdict.ok) fields[`documents.${meta.slot}`] = `file_${verdict.code}`;
    else if (problem) fields[`documents.${meta.slot}`] = `file_${problem}`;
    else if ((await sha256(file)) !== meta.sha256) fields[`documents.${meta.slot}`] = 'file_damaged';
    else files.push({ slot: meta.slot, name: meta.name, type: verdict.mime, size: file.size, sha256: meta.sha256, blob: file });
    total += file.size;
  }
  for (const doc of service.documents) {
    if (doc.required === 'yes' && !submission.attachments.some((meta) => meta.slot === doc.id)) fields[`documents.${doc.id}`] = 'document_missing';
  }
  if (total > MAX_APPLICATION_BYTES) fields.documents = 'files_too_large';
  if (Object.keys(fields).length) throw new ApiError(422, 'validation', 'The attached files do not pass the checks', fields);
  return files;
}
