import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles';
import { buildKbIndex } from './kbSearch';
import { RECALL_SET } from './recallSet';

const index = buildKbIndex(ARTICLES);
const top3 = (query: string) => index.search(query, 3).map((a) => a.id);

describe('knowledge-base search', () => {
  it('finds the right article in the top 3 for at least 90 % of the recall set', () => {
    expect(RECALL_SET.length).toBeGreaterThanOrEqual(40);
    const misses = RECALL_SET.filter(({ query, expect: id }) => !top3(query).includes(id));
    const recall = 1 - misses.length / RECALL_SET.length;
    console.info(
      `recall@3 ${(recall * 100).toFixed(1)} % (${RECALL_SET.length - misses.length}/${RECALL_SET.length})`,
      misses.map((m) => `${m.query} → ${top3(m.query).join(', ')}`),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('treats ё and е as the same letter', () => {
    expect(top3('учётная запись заблокирована')).toEqual(top3('учетная запись заблокирована'));
  });

  it('folds domain synonyms: «обжаловать» finds what «обжалование» finds', () => {
    expect(top3('обжаловать')[0]).toBe(top3('обжалование')[0]);
    expect(top3('пошлина')).toContain('howto-pay-fee');
    expect(top3('записаться')).toContain('howto-booking');
  });

  it('ranks the article about a thing above articles that only mention it', () => {
    expect(top3('штраф')[0]).toBe('howto-fines');
  });

  it('returns nothing for an empty query or for words it does not know', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('ксилофон')).toEqual([]);
  });
});
