// What a file's name may say: at most MAX_FILE_NAME_CHARS characters (longer names are shortened, the
// extension kept, so a submission never fails on a name the citizen cannot see), and no second
// extension hiding the real one («invoice.pdf.exe»). Pure.

/** Longest file name kept with a document; the server's schema allows more, so shortened names always pass. */
export const MAX_FILE_NAME_CHARS = 100;

/** Extensions a document may really have (a lower-case name part after the last dot). */
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'jpg', 'jpeg', 'png', 'doc']);

/** The name cut to `max` characters (counted as code points, never splitting a surrogate pair), keeping «.ext». */
export function shortenFileName(name: string, max = MAX_FILE_NAME_CHARS): string {
  const chars = Array.from(name.trim());
  if (chars.length <= max) return chars.join('');
  const dot = chars.lastIndexOf('.');
  const ext = dot > 0 && chars.length - dot <= 10 ? chars.slice(dot) : [];
  const stem = chars.slice(0, ext.length ? dot : chars.length);
  const ellipsis = '…';
  return [...stem.slice(0, max - ext.length - 1), ellipsis, ...ext].join('');
}

/**
 * A document extension followed by another one, as in «invoice.pdf.exe» or «photo.jpg .scr»: the name
 * pretends to be a document while the system opens it by the last part. Null when the name is honest.
 */
export function doubleExtension(name: string): { shown: string; real: string } | null {
  const parts = name.split('.');
  if (parts.length < 3) return null;
  const shown = parts.at(-2)!.trim().toLowerCase();
  const real = parts.at(-1)!.trim().toLowerCase();
  if (!DOCUMENT_EXTENSIONS.has(shown) || !/^[a-z0-9]{1,8}$/.test(real) || DOCUMENT_EXTENSIONS.has(real)) return null;
  return { shown, real };
}
