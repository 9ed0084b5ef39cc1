// A typed comlink client for a web worker that notices when the worker dies (load failure,
// uncaught error) and rejects pending calls with a clear error; the next call starts a fresh worker.
import { wrap, type Remote } from 'comlink';

export class WorkerFailedError extends Error {
  constructor(
    readonly worker: string,
    reason: string,
  ) {
    super(`The ${worker} worker stopped: ${reason}`);
    this.name = 'WorkerFailedError';
  }
}

export interface WorkerClient<T> {
  call<R>(run: (api: Remote<T>) => Promise<R>): Promise<R>;
  terminate(): void;
}

export function createWorkerClient<T>(name: string, start: () => Worker): WorkerClient<T> {
  let current: { worker: Worker; api: Remote<T>; died: Promise<never> } | undefined;

  function ensure() {
    if (current) return current;
    const worker = start();
    const died = new Promise<never>((_, reject) => {
      const fail = (reason: string) => {
        if (current?.worker === worker) current = undefined;
        worker.terminate();
        reject(new WorkerFailedError(name, reason));
      };
      worker.addEventListener('error', (event) => fail(event.message || 'script error'));
      worker.addEventListener('messageerror', () => fail('message could not be read'));
    });
    died.catch(() => undefined); // observed by call(); avoid an unhandled rejection when idle
    current = { worker, api: wrap<T>(worker), died };
    return current;
  }

  return {
    async call(run) {
      const { api, died } = ensure();
      return Promise.race([run(api), died]);
    },
    terminate() {
      current?.worker.terminate();
      current = undefined;
    },
  };
}
