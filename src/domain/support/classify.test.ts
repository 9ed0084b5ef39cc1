import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles';
import { classifyProblem } from './classify';
import { CLASSIFY_SET } from './classifySet';
import { buildKbIndex } from './kbSearch';
import { SUPPORT_CATEGORIES } from './supportCategories';

const index = buildKbIndex(ARTICLES);

describe('support problem classification', () => {
  it('sorts at least 85 % of the classification set into the right category', () => {
    expect(CLASSIFY_SET.length).toBeGreaterThanOrEqual(40);
    for (const category of SUPPORT_CATEGORIES)
      expect(
        CLASSIFY_SET.some((c) => c.category === category),
        category,
      ).toBe(true);
    const wrong = CLASSIFY_SET.filter(({ text, category }) => classifyProblem(text, index).category !== category);
    const share = 1 - wrong.length / CLASSIFY_SET.length;
    console.info(
      `classification ${(share * 100).toFixed(1)} % right`,
      wrong.map((w) => `${w.text} → ${classifyProblem(w.text, index).category} (want ${w.category})`),
    );
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  it('offers one to three articles for a problem it understands', () => {
    const result = classifyProblem('забыл пароль', index);
    expect(result.understood).toBe(true);
    expect(result.articles.length).toBeGreaterThanOrEqual(1);
    expect(result.articles.length).toBeLessThanOrEqual(3);
    expect(result.articles.map((a) => a.id)).toContain('selfhelp-forgot-password');
  });

  it('flags legal questions, which need a person', () => {
    expect(classifyProblem('хочу подать в суд на ведомство', index).legal).toBe(true);
    expect(classifyProblem('не могу войти', index).legal).toBe(false);
  });

  it('says when it did not understand', () => {
    expect(classifyProblem('ксилофон', index).understood).toBe(false);
  });
});
