// Every knowledge-base article. Adding one means adding a record here; the page, search and bot pick it up.
import type { Article } from '../articleSchema';
import { FAQ } from './faq';
import { FIELD_GUIDES } from './fields';
import { HOWTO_ACCOUNT } from './howtoAccount';
import { HOWTO_SERVICES } from './howtoServices';
import { SELF_HELP } from './selfHelp';
import { TEMPLATES } from './templates';

export const ARTICLES: readonly Article[] = [...FAQ, ...HOWTO_ACCOUNT, ...HOWTO_SERVICES, ...SELF_HELP, ...TEMPLATES, ...FIELD_GUIDES];

export function articleById(id: string): Article | undefined {
  return ARTICLES.find((article) => article.id === id);
}
