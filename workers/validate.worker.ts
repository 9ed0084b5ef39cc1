// Validation worker: reads the first bytes of files and judges them with the shared domain rules, and
// hashes them, so the page never blocks on file checks. Imports only src/domain.
import { expose } from 'comlink';
import { checkFile, MAGIC_HEAD_BYTES, type FileRule, type NamedVerdict } from '../src/domain/fileCheck';
import { contentProblem } from '../src/domain/fileContent';

const api = {
  async checkFile(file: File, rule: FileRule): Promise<NamedVerdict> {
    const head = new Uint8Array(await file.slice(0, MAGIC_HEAD_BYTES).arrayBuffer());
    const verdict = checkFile(file, head, rule);
    if (verdict.ok) {
      const problem = await contentProblem(verdict.kind, new Uint8Array(await file.arrayBuffer()));
      if (problem) return { ok: false, code: problem, kind: verdict.kind, name: file.name, size: file.size };
    }
    return { ...verdict, name: file.name, size: file.size };
  },
  /** Hex SHA-256 of a file, off the main thread. */
  async sha256(file: Blob): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  },
};

export type ValidateApi = typeof api;
expose(api);
