// A text given in both interface languages, as service definitions carry them.
import * as v from 'valibot';

export const LocalTextSchema = v.object({ ru: v.pipe(v.string(), v.nonEmpty()), en: v.pipe(v.string(), v.nonEmpty()) });
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
