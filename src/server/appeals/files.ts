// Files arriving with an appeal or its materials: checked again by their bytes as the validation worker
// checked them (inspectFile: name, real type, content, 5 MB each, 2 MB per screenshot, 10 MB together) and their SHA-256 must match.
import type { AppealFileMeta } from '../../domain/appeals/input';
import type { FileRule } from '../../domain/fileCheck';
import { shortenFileName } from '../../domain/fileName';
import { inspectFile, platformDecoder } from '../../domain/inspectFile';
import { APPEAL_FILE_RULE, MAX_APPEAL_TOTAL_BYTES, SCREENSHOT_RULE } from '../../domain/appeals/fileRules';
import { ApiError } from '../http';
import type { AppealFileRow } from './rows';

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function receiveOne(meta: AppealFileMeta, file: Blob, rule: FileRule): Promise<Omit<AppealFileRow, 'at' | 'stage'> | string> {
  const verdict = await inspectFile({ name: meta.name, size: file.size }, new Uint8Array(await file.arrayBuffer()), rule, platformDecoder);
  if (!verdict.ok) return `file_${verdict.code}`;
  if ((await sha256(file)) !== meta.sha256) return 'file_damaged';
  return { name: shortenFileName(meta.name), type: verdict.mime, size: file.size, sha256: meta.sha256, screenshot: meta.screenshot, blob: file };
}

/** The parts «file:<index>» of a multipart body, one per meta; one 422 names every file that failed. */
export async function receiveAppealFiles(
  metas: readonly AppealFileMeta[],
  form: FormData | null,
  at: number,
  stage: AppealFileRow['stage'],
  already = 0,
): Promise<AppealFileRow[]> {
  const files: AppealFileRow[] = [];
  const fields: Record<string, string> = {};
  let total = already;
  for (const [index, meta] of metas.entries()) {
    const part = form?.get(`file:${index}`);
    if (!(part instanceof Blob)) {
      fields[`attachments.${index}`] = 'invalid_value';
      continue;
    }
    const received = await receiveOne(meta, part, meta.screenshot ? SCREENSHOT_RULE : APPEAL_FILE_RULE);
    if (typeof received === 'string') fields[`attachments.${index}`] = received;
    else files.push({ ...received, at, stage });
    total += part.size;
  }
  if (total > MAX_APPEAL_TOTAL_BYTES) fields.attachments = 'files_too_large';
  if (Object.keys(fields).length) throw new ApiError(422, 'validation', 'The attached files do not pass the checks', fields);
  return files;
}
