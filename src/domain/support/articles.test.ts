import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ARTICLE_KINDS } from './articleSchema';
import { ARTICLES } from './articles';
import { SUPPORT_CATEGORIES } from './supportCategories';

describe('knowledge base data', () => {
  it('has at least 40 articles, every one valid under the schema', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(40);
    for (const article of ARTICLES) expect(() => v.parse(ArticleSchema, article), article.id).not.toThrow();
  });

  it('gives every article its own id', () => {
    expect(new Set(ARTICLES.map((a) => a.id)).size).toBe(ARTICLES.length);
  });

  it('covers every kind and every support category', () => {
    for (const kind of ARTICLE_KINDS)
      expect(
        ARTICLES.some((a) => a.kind === kind),
        kind,
      ).toBe(true);
    for (const category of SUPPORT_CATEGORIES)
      expect(
        ARTICLES.some((a) => a.category === category),
        category,
      ).toBe(true);
  });

  it('answers at least the ten questions of the support article', () => {
    expect(ARTICLES.filter((a) => a.kind === 'faq').length).toBeGreaterThanOrEqual(10);
  });

  it('has an instruction for every section of the app the brief lists', () => {
    const ids = new Set(ARTICLES.map((a) => a.id));
    for (const id of [
      'howto-register',
      'howto-identity',
      'howto-profile',
      'howto-apply',
      'howto-drafts',
      'howto-attachments',
      'howto-pay-fee',
      'howto-refund',
      'howto-fines',
      'howto-appeal',
      'howto-booking',
      'howto-verify',
      'howto-offline-install',
      'howto-export-erase',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('writes Russian texts in Cyrillic and English texts without it', () => {
    for (const article of ARTICLES) {
      for (const text of [article.title, article.summary, ...article.body]) {
        expect(text.ru, article.id).toMatch(/[а-яё]/i);
        // English texts may quote a Russian form word in «», nothing else.
        expect(text.en.replace(/«[^»]*»/g, ''), article.id).not.toMatch(/[а-яё]/i);
      }
    }
  });
});
