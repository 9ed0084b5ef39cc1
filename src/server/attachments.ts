// Files arriving with an application: each is checked again as the validation worker checked it
// (inspectFile: name, real type, size per document, content; total per application) and its SHA-256 must match.
import { requiredDocumentIds } from '../domain/catalog/requiredDocuments';
import type { Submission } from '../domain/application';
import { MAX_APPLICATION_BYTES } from '../domain/application';
import type { Service } from '../domain/catalog/serviceSchema';
import { shortenFileName } from '../domain/fileName';
import { inspectFile, platformDecoder } from '../domain/inspectFile';
import { ApiError } from './http';
import type { CaseRow } from './rows';

type CaseFile = NonNullable<CaseRow['files']>[number];

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

type Meta = Submission['attachments'][number];
type Doc = Service['documents'][number];

/** One file checked against its document's rules: the stored file, or the error code for its field. */
export async function receiveFile(doc: Doc, meta: Meta, file: Blob): Promise<CaseFile | string> {
  const verdict = await inspectFile(
    { name: meta.name, size: file.size },
    new Uint8Array(await file.arrayBuffer()),
    { accept: doc.accept, maxBytes: doc.maxBytes },
    platformDecoder,
  );
  if (!verdict.ok) return `file_${verdict.code}`;
  if ((await sha256(file)) !== meta.sha256) return 'file_damaged';
  return { slot: meta.slot, name: shortenFileName(meta.name), type: verdict.mime, size: file.size, sha256: meta.sha256, blob: file };
}

/**
 * The files of a multipart body: each meta's part «file:<slot>», checked; `needed` slots must be there.
 * Throws one 422 naming every file that failed.
 */
export async function receiveParts(
  documents: readonly Doc[],
  metas: readonly Meta[],
  form: FormData | null,
  needed: readonly string[],
): Promise<CaseFile[]> {
  const files: CaseFile[] = [];
  const fields: Record<string, string> = {};
  let total = 0;
  for (const meta of metas) {
    const doc = documents.find((d) => d.id === meta.slot);
    const file = form?.get(`file:${meta.slot}`);
    if (!doc || !(file instanceof Blob)) {
      fields[`documents.${meta.slot}`] = 'invalid_value';
      continue;
    }
    const received = await receiveFile(doc, meta, file);
    if (typeof received === 'string') fields[`documents.${meta.slot}`] = received;
    else files.push(received);
    total += file.size;
  }
  for (const slot of needed) if (!metas.some((meta) => meta.slot === slot)) fields[`documents.${slot}`] = 'document_missing';
  if (total > MAX_APPLICATION_BYTES) fields.documents = 'files_too_large';
  if (Object.keys(fields).length) throw new ApiError(422, 'validation', 'The attached files do not pass the checks', fields);
  return files;
}

export function receiveFiles(service: Service, submission: Submission, form: FormData | null): Promise<CaseFile[]> {
  // A document an answer makes required (the owner's consent for a non-owner) is refused missing too.
  return receiveParts(service.documents, submission.attachments, form, requiredDocumentIds(service, submission.answers));
}
