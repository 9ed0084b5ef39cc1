// Clean text in, same text out: what a person types into a name, an address or free text is what every
// document prints. Invisible characters (controls, bidi overrides and isolates, zero-width marks, the
// soft hyphen) are stripped — they show nothing on screen yet can reorder, hide or cut text in a PDF;
// characters documents cannot print (emoji, other scripts) are refused with `unprintable_chars` rather
// than silently dropped. Shared by the page, the validation worker and the server through the schemas.
import * as v from 'valibot';
import { isDocumentCharacter } from './documentCharacters';

/**
 * C0/C1 controls except tab and line feeds, soft hyphen, zero-width space/joiners, LRM/RLM, the bidi
 * embeddings and overrides U+202A–202E, word joiner and invisible operators U+2060–2064, the isolates
 * U+2066–2069, and the byte order mark.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The text without invisible characters; tabs become spaces, CR LF becomes LF. */
export const stripInvisible = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');

/** Distinct characters no document can print (line feeds are allowed: long text keeps its paragraphs). */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) if (ch !== '\n' && !isDocumentCharacter(ch.codePointAt(0)!)) found.add(ch);
  return [...found];
}

export const isPrintable = (text: string) => unprintableCharacters(text).length === 0;

/** The two valibot steps for any text that may reach a document: strip the invisible, refuse the unprintable. */
export const stripInvisibleStep = () => v.transform(stripInvisible);
export const printableStep = () => v.check(isPrintable, 'unprintable_chars');
