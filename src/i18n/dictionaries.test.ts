import { describe, expect, it } from 'vitest';
import { en } from './en';
import { LAZY_RU } from './lazyParts';
import { ru as shellRu } from './ru';

// Russian as a reader sees it once every page has loaded its own texts.
const parts = await Promise.all(Object.values(LAZY_RU).map((load) => load()));
const ru = Object.assign({}, shellRu, ...parts) as object;

function leaves(dictionary: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

describe('dictionaries', () => {
  const ruLeaves = leaves(ru);
  const enLeaves = leaves(en);

  it('have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...ruLeaves.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of ruLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...ruLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });
});

describe('texts that load with their pages', () => {
  it('are missing from the shell and present once the page asked for them', async () => {
    const { loadTexts, t } = await import('./i18n');
    expect((t() as Record<string, unknown>).receipts).toBeUndefined();
    const texts = await loadTexts('receipts', 'pay');
    expect(texts().receipts.title).toBe('Мои платежи');
    expect(texts().pay.title).toBe('Оплата');
  });
});
