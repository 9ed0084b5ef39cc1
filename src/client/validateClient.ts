// The page's handle on the validation worker.
import type { ValidateApi } from '../../workers/validate.worker';
import type { FileRule, NamedVerdict } from '../domain/fileCheck';
import { createWorkerClient } from './workerClient';

const client = createWorkerClient<ValidateApi>(
  'validation',
  () => new Worker(new URL('../../workers/validate.worker.ts', import.meta.url), { type: 'module', name: 'validate' }),
);

export function checkFileInWorker(file: File, rule: FileRule): Promise<NamedVerdict> {
  return client.call((api) => api.checkFile(file, rule) as Promise<NamedVerdict>);
}

export function sha256InWorker(file: Blob): Promise<string> {
  return client.call((api) => api.sha256(file));
}
