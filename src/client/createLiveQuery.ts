// Solid binding for Dexie's liveQuery: a signal that follows the database. Signals read before the
// query's first await are tracked, so the query re-runs when they change.
import { liveQuery } from 'dexie';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

export interface LiveQuery<T> {
  value: Accessor<T | undefined>;
  error: Accessor<unknown>;
  loading: Accessor<boolean>;
}

export function createLiveQuery<T>(query: () => T | Promise<T>): LiveQuery<T> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  const [loading, setLoading] = createSignal(true);
  createEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => {
        setValue(() => next);
        setError(undefined);
        setLoading(false);
      },
      error: (failure: unknown) => {
        setError(() => failure);
        setLoading(false);
      },
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return { value, error, loading };
}
