// Near-valid mutations: one small change somewhere inside a value (a part swapped for junk, a key
// dropped or added, a string cut or grown, a number nudged), made with a seeded random source so a run
// replays. Cheaper than drawing every input from fast-check, so 10,000 per validator stay fast. Test-only.
import { pickInt } from '../../domain/seededRandom';

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[pickInt(random, 0, list.length - 1)]!;

function mutateString(random: Random, text: string, junk: readonly unknown[]): unknown {
  switch (pickInt(random, 0, 5)) {
    case 0:
      return text.slice(0, pickInt(random, 0, text.length));
    case 1:
      return `${text}${pick(random, ['я', '\u0000', '\u202e', '%', ' ', '\ud83d\ude00', '<script>'])}`;
    case 2:
      return ` ${text} `;
    case 3:
      return text.toUpperCase();
    case 4:
      // Grown past any length limit, but not so far that parsing long text is all a run measures.
      return text.repeat(Math.max(2, Math.min(50, Math.floor(3_000 / Math.max(1, text.length)))));
    default:
      return pick(random, junk);
  }
}

function mutateNumber(random: Random, value: number, junk: readonly unknown[]): unknown {
  return pick(random, [value + 1, value - 1, -value, value + 0.5, String(value), NaN, 2 ** 53, pick(random, junk)]);
}

/** A copy of `value` with one change at a random depth; the input itself is never changed. */
export function mutate(random: Random, value: unknown, junk: readonly unknown[]): unknown {
  if (random() < 0.15) return pick(random, junk);
  if (typeof value === 'string') return mutateString(random, value, junk);
  if (typeof value === 'number') return mutateNumber(random, value, junk);
  if (typeof value === 'boolean') return pick(random, [!value, String(value), 1, pick(random, junk)]);
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.2) return [...value, pick(random, junk)];
    const i = pickInt(random, 0, value.length - 1);
    return value.map((item, j) => (j === i ? mutate(random, item, junk) : item));
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const roll = random();
    if (keys.length === 0 || roll < 0.1) return { ...value, [pick(random, ['__proto__', 'extra', 'constructor', ''])]: pick(random, junk) };
    const key = pick(random, keys);
    if (roll < 0.25) return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
    if (roll < 0.3) return Object.values(value);
    return { ...value, [key]: mutate(random, (value as Record<string, unknown>)[key], junk) };
  }
  return pick(random, junk);
}
