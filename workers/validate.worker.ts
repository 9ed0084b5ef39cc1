// Validation worker: reads the first bytes of files and judges them with the shared domain rules,
// so the page never blocks on file checks. Imports only src/domain.
import { expose } from 'comlink';
import { checkFile, MAGIC_HEAD_BYTES, type FileRule, type NamedVerdict } from '../src/domain/fileCheck';

const api = {
  async checkFile(file: File, rule: FileRule): Promise<NamedVerdict> {
    const head = new Uint8Array(await file.slice(0, MAGIC_HEAD_BYTES).arrayBuffer());
    const verdict: NamedVerdict = { ...checkFile(file, head, rule), name: file.name, size: file.size };
    return verdict;
  },
};

export type ValidateApi = typeof api;
expose(api);
