// The help page's address parameters: the search words, so a search can be shared and survives reload.
import * as v from 'valibot';

export const HelpSearchSchema = v.object({
  q: v.fallback(v.optional(v.pipe(v.string(), v.maxLength(200))), undefined),
});
export type HelpSearch = v.InferOutput<typeof HelpSearchSchema>;
