// What settles before every handler, declared once: the router runs these steps, and a clock jump
// runs the same ones again at the new now. A record whose state moves with time belongs here, or the
// device never hears of the move (refunds were missing once and stayed «Возврат запрошен»).
import { settleDueAppeals } from './appeals/settle';
import { settleDue } from './lifecycle';
import { settleDueDigests } from './digest/settleDigests';
import { settleDueRefunds } from './payments/refunds';
import type { Middleware } from './router';

// Digests come last: the notices the steps before them just delivered may belong in a digest that is due.
export const SETTLE_STEPS: readonly Middleware[] = [settleDue, settleDueAppeals, settleDueRefunds, settleDueDigests];
