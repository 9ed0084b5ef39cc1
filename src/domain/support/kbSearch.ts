// Knowledge-base search: MiniSearch (BM25 ranking, prefix and fuzzy matching over a radix tree) with
// Russian and English stemming and the domain's synonyms from terms.ts. Both languages are indexed, so
// an English query finds an article in the Russian interface and back. Runs in the page, offline: the
// index is built from the article data in a few milliseconds on first use.
import MiniSearch from 'minisearch';
import type { Article } from './articleSchema';
import { processTerm, tokenize } from './terms';

const FIELDS = ['title_ru', 'title_en', 'keywords_ru', 'keywords_en', 'summary_ru', 'summary_en', 'body_ru', 'body_en'] as const;
type Field = (typeof FIELDS)[number];

// Titles and keywords say what an article is about; summaries and bodies only mention things.
const BOOST: Record<Field, number> = {
  title_ru: 3,
  title_en: 3,
  keywords_ru: 2.5,
  keywords_en: 2.5,
  summary_ru: 1.2,
  summary_en: 1.2,
  body_ru: 0.6,
  body_en: 0.6,
};

export interface KbIndex {
  search(query: string, limit?: number): Article[];
}

function asDocument(article: Article): Record<Field | 'id', string> {
  return {
    id: article.id,
    title_ru: article.title.ru,
    title_en: article.title.en,
    keywords_ru: article.keywords.ru.join(' · '),
    keywords_en: article.keywords.en.join(' · '),
    summary_ru: article.summary.ru,
    summary_en: article.summary.en,
    body_ru: article.body.map((part) => part.ru).join(' '),
    body_en: article.body.map((part) => part.en).join(' '),
  };
}

export function buildKbIndex(articles: readonly Article[]): KbIndex {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const engine = new MiniSearch<Record<Field | 'id', string>>({
    fields: [...FIELDS],
    tokenize,
    processTerm,
    searchOptions: {
      boost: BOOST,
      // A typo is forgiven in longer terms only; short ones would match half the base.
      fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : false),
      maxFuzzy: 2,
      // The last word may still be being typed.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      weights: { fuzzy: 0.45, prefix: 0.6 },
      combineWith: 'OR',
    },
  });
  engine.addAll(articles.map(asDocument));
  return {
    search(query, limit = 5) {
      if (query.trim() === '') return [];
      return engine
        .search(query)
        .slice(0, limit)
        .map((hit) => byId.get(hit.id as string)!);
    },
  };
}
