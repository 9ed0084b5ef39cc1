// Shorthand for writing articles as data: a text pair is [ru, en]. Kept tiny so the article files read
// as prose, not as nested objects.
import type { Article } from '../articleSchema';

type Pair = readonly [ru: string, en: string];
const text = ([ru, en]: Pair) => ({ ru, en });

export interface ArticleInput {
  id: string;
  kind: Article['kind'];
  category: Article['category'];
  title: Pair;
  summary: Pair;
  body: readonly Pair[];
  keywords: { ru: string[]; en: string[] };
  links?: readonly [to: Article['links'][number]['to'], label: Pair][];
}

export function article(input: ArticleInput): Article {
  return {
    id: input.id,
    kind: input.kind,
    category: input.category,
    title: text(input.title),
    summary: text(input.summary),
    body: input.body.map(text),
    keywords: input.keywords,
    links: (input.links ?? []).map(([to, label]) => ({ to, label: text(label) })),
  };
}
