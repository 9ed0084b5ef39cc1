// A knowledge-base article as data, like a catalog service: texts in both languages, the support
// category it helps with, words people search by, and links into the app. The page, the bot and the
// scripted operator all answer from these records, so a broken one must fail the schema test.
import * as v from 'valibot';
import { LocalTextSchema } from '../catalog/localText';
import { SupportCategorySchema } from './supportCategorySchema';

/** Kinds of article, from DOMAIN §8: questions, instructions per section, appeal templates, field guides, self-help. */
export const ARTICLE_KINDS = ['faq', 'howto', 'template', 'field', 'selfhelp'] as const;

// Paths the articles may link to: existing routes of the app, never an outside address.
export const APP_PATHS = [
  '/',
  '/catalog',
  '/applications',
  '/appeals',
  '/payments',
  '/fines',
  '/help',
  '/help/contacts',
  '/inbox',
  '/notifications',
  '/login',
  '/register',
  '/reset',
  '/profile',
  '/profile/data',
  '/profile/documents',
  '/profile/identity',
  '/profile/journal',
  '/profile/privacy',
  '/profile/security',
  '/profile/settings',
  '/verify',
  '/settings/storage',
  '/catalog/residence-certificate',
] as const;

const KeywordsSchema = v.object({
  ru: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(2)),
  en: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(2)),
});

export const ArticleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  kind: v.picklist(ARTICLE_KINDS),
  category: SupportCategorySchema,
  title: LocalTextSchema,
  /** Two or three lines shown in search results and in the bot's answer. */
  summary: LocalTextSchema,
  /** Steps or paragraphs, in order; a template's body is the text to copy. */
  body: v.pipe(v.array(LocalTextSchema), v.minLength(1)),
  keywords: KeywordsSchema,
  links: v.array(v.object({ to: v.picklist(APP_PATHS), label: LocalTextSchema })),
});
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticleKind = Article['kind'];
