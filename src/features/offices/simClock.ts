// The simulated clock on the page: read once from the server, then carried forward with the page's own
// monotonic clock at the simulation's speed. «Открыто сейчас» and the queue follow it; a coarse tick
// (not a fetch) refreshes what is shown.
import * as v from 'valibot';
import { createSignal, onCleanup } from 'solid-js';
import { apiGet } from '../../client/api';

const TICK_MS = 15_000;

export function createSimClock(): () => number {
  const [anchor, setAnchor] = createSignal({ sim: Date.now(), real: performance.now(), speed: 1 });
  const [tick, setTick] = createSignal(0);
  void apiGet('/_sim/clock', v.object({ nowMs: v.number(), speed: v.number() }))
    .then((clock) => setAnchor({ sim: clock.nowMs, real: performance.now(), speed: clock.speed }))
    .catch(() => undefined);
  const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
  onCleanup(() => clearInterval(timer));
  return () => {
    tick();
    const a = anchor();
    return Math.round(a.sim + (performance.now() - a.real) * a.speed);
  };
}
