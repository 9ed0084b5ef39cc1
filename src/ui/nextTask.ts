// A task boundary for long start-up and page work: what comes after the await runs in a new task, so
// the browser may paint and answer a press in between. Never use it to wait for something to happen.

type Yielding = { scheduler?: { yield?: () => Promise<void> } };

/** Resolves in a new task: the browser's scheduler.yield() (it resumes ahead of other queued work), else a timer. */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as Yielding).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
