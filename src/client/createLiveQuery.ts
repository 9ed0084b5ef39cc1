// Solid binding for Dexie's liveQuery: a signal that follows the database. Signals read before the
// query's first await are tracked, so the query re-runs when they change.
import { liveQuery } from 'dexie';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

export interface LiveQuery<T> {
  value: Accessor<T | undefined>;
  error: Accessor<unknown>;
  loading: Accessor<boolean>;
}

/** The signals a page reads, and the observer that sets them from the query's answers. */
function liveSignals<T>() {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  const [loading, setLoading] = createSignal(true);
  const observer = {
    next: (next: T) => {
      setValue(() => next);
      setError(undefined);
      setLoading(false);
    },
    error: (failure: unknown) => {
      setError(() => failure);
      setLoading(false);
    },
  };
  return { live: { value, error, loading } as LiveQuery<T>, observer };
}

export function createLiveQuery<T>(query: () => T | Promise<T>): LiveQuery<T> {
  const { live, observer } = liveSignals<T>();
  createEffect(() => {
    const subscription = liveQuery(query).subscribe(observer);
    onCleanup(() => subscription.unsubscribe());
  });
  return live;
}

/** Follows `query` until `stop` is called: for a list kept beyond one page's life (no tracked signals). */
export function followQuery<T>(query: () => T | Promise<T>): { live: LiveQuery<T>; stop: () => void } {
  const { live, observer } = liveSignals<T>();
  const subscription = liveQuery(query).subscribe(observer);
  return { live, stop: () => subscription.unsubscribe() };
}
