// The page inside the shell can be held back for one task while the app takes over a prerendered
// page: the shell (header, footer) and the page are then drawn in two shorter tasks instead of one
// long one (issue 15: a main-thread task over 50 ms is a page that does not answer). Only the take-over
// holds it; the prerender and every later render draw the page at once.
import { createSignal } from 'solid-js';

const [held, setHeld] = createSignal(false);

/** Whether the page is being held back behind the shell. */
export const pageHeld = held;
export const holdPage = () => setHeld(true);
export const releasePage = () => setHeld(false);
