// Pairs the virtualizer's rows with the applications they show. The virtualizer's items lag one update
// behind the list: after a filter or a feed update shrinks it, an item may still point past the end.
// Reading the application by index at render time then threw («reading 'serviceId'»); pairing here,
// where a vanished index is dropped, means a row only ever renders an application that exists.
export interface VisibleRow<T> {
  index: number;
  start: number;
  app: T;
}

export function visibleRows<T>(items: readonly { index: number; start: number }[], list: readonly T[]): VisibleRow<T>[] {
  const rows: VisibleRow<T>[] = [];
  for (const item of items) {
    const app = list[item.index];
    if (app !== undefined) rows.push({ index: item.index, start: item.start, app });
  }
  return rows;
}
