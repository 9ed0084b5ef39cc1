// The help page's address parameters: the search words, so a search can be shared and survives reload.
import { searchParams, text } from '../../ui/searchParams';

export const HelpSearchSchema = searchParams({ q: text(200) });
export type HelpSearch = ReturnType<typeof HelpSearchSchema>;
