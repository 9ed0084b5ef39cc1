// What a file really is, judged by its first bytes rather than its name, and whether it may be
// accepted under a rule. Pure: the validation worker feeds it the bytes it read.
import * as v from 'valibot';
import { doubleExtension } from './fileName';

export const FILE_KINDS = ['pdf', 'jpeg', 'png', 'doc', 'json', 'xml'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Bytes the check needs from the start of a file. */
export const MAGIC_HEAD_BYTES = 16;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Kinds told by their bytes; JSON and XML are text, told by their first visible character (textKind). */
const SIGNATURES: Record<Exclude<FileKind, 'json' | 'xml'>, readonly number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  doc: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2 compound file (Word 97–2003)
};

const EXTENSIONS: Record<string, FileKind> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  doc: 'doc',
  json: 'json',
  xml: 'xml',
};

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  json: 'application/json',
  xml: 'application/xml',
};

export function detectKind(head: Uint8Array): FileKind | null {
  for (const [kind, signature] of Object.entries(SIGNATURES) as [FileKind, readonly number[]][]) {
    if (signature.every((byte, i) => head[i] === byte)) return kind;
  }
  return null;
}

/** JSON («{») or XML («<») by the first character after a UTF-8 byte order mark and blanks, else null. */
export function textKind(head: Uint8Array): 'json' | 'xml' | null {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[i]!)) i++;
  return head[i] === 0x7b ? 'json' : head[i] === 0x3c ? 'xml' : null;
}

export function kindFromName(name: string): FileKind | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return EXTENSIONS[name.slice(dot + 1).toLowerCase()] ?? null;
}

export const FileRuleSchema = v.object({
  accept: v.pipe(v.array(v.picklist(FILE_KINDS)), v.minLength(1)),
  maxBytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type FileRule = v.InferOutput<typeof FileRuleSchema>;

export const DEFAULT_FILE_RULE: FileRule = { accept: ['pdf', 'jpeg', 'png'], maxBytes: MAX_FILE_BYTES };

export type FileVerdict =
  | { ok: true; kind: FileKind; mime: string }
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'too_large'; maxBytes: number }
  | { ok: false; code: 'unknown_type' }
  | { ok: false; code: 'not_allowed'; kind: FileKind }
  | { ok: false; code: 'extension_mismatch'; kind: FileKind; claimed: FileKind }
  | { ok: false; code: 'double_extension'; shown: string; real: string }
  | ContentVerdict;

/** What a look at the whole content found wrong (fileContent), once the type is known from the first bytes. */
export type ContentVerdict =
  | { ok: false; code: 'pdf_encrypted' | 'pdf_no_pages' | 'pdf_active_content' | 'image_unreadable' | 'text_unreadable'; kind: FileKind }
  | { ok: false; code: 'image_too_large'; kind: FileKind; width: number; height: number }
  | { ok: false; code: 'polyglot'; kind: FileKind; other: PolyglotPart };

/** Another format found inside a file of an accepted type. */
export type PolyglotPart = 'pdf' | 'zip' | 'html';

/** Checks order: empty, a name hiding its real extension, size, real type known, real type allowed, name not lying about the type. */
export function checkFile(file: { name: string; size: number }, head: Uint8Array, rule: FileRule): FileVerdict {
  if (file.size === 0) return { ok: false, code: 'empty' };
  const double = doubleExtension(file.name);
  if (double) return { ok: false, code: 'double_extension', ...double };
  if (file.size > rule.maxBytes) return { ok: false, code: 'too_large', maxBytes: rule.maxBytes };
  // Text kinds are looked for only where a rule takes them: elsewhere a text file stays «not a document».
  const text = textKind(head);
  const kind = detectKind(head) ?? (text && rule.accept.includes(text) ? text : null);
  if (!kind) return { ok: false, code: 'unknown_type' };
  if (!rule.accept.includes(kind)) return { ok: false, code: 'not_allowed', kind };
  const claimed = kindFromName(file.name);
  if (claimed && claimed !== kind) return { ok: false, code: 'extension_mismatch', kind, claimed };
  return { ok: true, kind, mime: MIME_TYPES[kind] };
}

/** A verdict with the file it is about, as the validation worker answers. */
export type NamedVerdict = FileVerdict & { name: string; size: number };
