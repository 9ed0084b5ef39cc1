// A row of a virtualized list (applications, receipts) that the virtualizer measures, so its height
// follows its content. Rows had a fixed slot: on a phone a long service name wraps, and the rest of the
// row (when it was sent) was cut off.
import type { Virtualizer } from '@tanstack/solid-virtual';
import { createEffect } from 'solid-js';

/** Measures `row` now and whenever it shows another item (a reused row keeps its element). */
export function measureRow(virtualizer: Virtualizer<HTMLDivElement, Element>, row: HTMLElement, index: () => number): void {
  createEffect(() => {
    row.dataset.index = String(index());
    virtualizer.measureElement(row);
  });
}
