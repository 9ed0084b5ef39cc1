// Which language a text written by the simulated departments is in, so the element holding it can say
// so (`lang`) when it is shown in the other interface language: a screen reader then reads a Russian
// SMS with Russian pronunciation inside the English interface. Pure: no DOM.

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;

/** 'ru' when the text has Cyrillic letters, 'en' when it has only Latin ones, undefined without letters. */
export function textLang(text: string): 'ru' | 'en' | undefined {
  if (CYRILLIC.test(text)) return 'ru';
  return LATIN.test(text) ? 'en' : undefined;
}
