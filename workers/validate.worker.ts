// Validation worker: reads the first bytes of files and judges them with the shared domain rules, and
// hashes them, so the page never blocks on file checks. Imports only src/domain.
import { expose } from 'comlink';
import type { FileRule, NamedVerdict } from '../src/domain/fileCheck';
import { shortenFileName } from '../src/domain/fileName';
import { inspectFile, platformDecoder } from '../src/domain/inspectFile';

const api = {
  /** Every check of inspectFile, images decoded for real; `name` is the name to keep (shortened when long). */
  async checkFile(file: File, rule: FileRule): Promise<NamedVerdict> {
    const verdict = await inspectFile(file, new Uint8Array(await file.arrayBuffer()), rule, platformDecoder);
    return { ...verdict, name: shortenFileName(file.name), size: file.size };
  },
  /** Hex SHA-256 of a file, off the main thread. */
  async sha256(file: Blob): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  },
};

export type ValidateApi = typeof api;
expose(api);
