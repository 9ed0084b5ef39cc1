// The knowledge base as the support pages and the chat use it: the articles and one search index,
// built on first use (a few milliseconds) and kept for the page's life. Loaded only with help pages
// and the chat, never on the first route.
import { ARTICLES, articleById } from '../../domain/support/articles';
import { buildKbIndex, type KbIndex } from '../../domain/support/kbSearch';

let index: KbIndex | undefined;

export function kbIndex(): KbIndex {
  index ??= buildKbIndex(ARTICLES);
  return index;
}

export { ARTICLES, articleById };
