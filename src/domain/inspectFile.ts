// Every check a file gets, in one place, so the validation worker and the mock server (which repeats
// them on upload) can never drift apart: the first bytes and the name (fileCheck), then the content
// (fileContent). Pure apart from the decoder the caller may pass.
import { checkFile, MAGIC_HEAD_BYTES, type FileRule, type FileVerdict } from './fileCheck';
import { contentProblem, type ImageDecoder } from './fileContent';

export async function inspectFile(
  file: { name: string; size: number },
  bytes: Uint8Array,
  rule: FileRule,
  decode?: ImageDecoder,
): Promise<FileVerdict> {
  const verdict = checkFile(file, bytes.subarray(0, MAGIC_HEAD_BYTES), rule);
  if (!verdict.ok) return verdict;
  return (await contentProblem(verdict.kind, bytes, decode)) ?? verdict;
}

/** A decoder for browsers and workers (createImageBitmap decodes the whole image); undefined where there is none (Node). */
export const platformDecoder: ImageDecoder | undefined =
  typeof createImageBitmap === 'function'
    ? async (bytes, mime) => {
        const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
        bitmap.close();
        return true;
      }
    : undefined;
