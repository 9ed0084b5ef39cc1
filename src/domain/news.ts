// A portal news item the operator (or the demo seed) publishes: it reaches every citizen who turned
// «Новости портала» on, in the channels they chose. Shared by the console's form and the mock backend.
import * as v from 'valibot';

export const NEWS_TITLE_MAX = 120;
export const NEWS_TEXT_MAX = 1000;

export const NewsInputSchema = v.object({
  title: v.pipe(v.string('required'), v.trim(), v.minLength(1, 'required'), v.maxLength(NEWS_TITLE_MAX, 'too_long')),
  text: v.pipe(v.string('required'), v.trim(), v.minLength(1, 'required'), v.maxLength(NEWS_TEXT_MAX, 'too_long')),
});
export type NewsInput = v.InferOutput<typeof NewsInputSchema>;

/** What publishing did: how many accounts got it in the app and how many messages went (or wait in a digest). */
export const NewsPublishedSchema = v.object({
  id: v.string(),
  inApp: v.pipe(v.number(), v.integer(), v.minValue(0)),
  outside: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type NewsPublished = v.InferOutput<typeof NewsPublishedSchema>;
