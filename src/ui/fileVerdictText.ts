// What the validation worker said about a file, as a sentence naming the file and the rule.
import { DEFAULT_FILE_RULE, type FileKind, type FileRule, type NamedVerdict, type PolyglotPart } from '../domain/fileCheck';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE_PX } from '../domain/fileContent';
import { fill, formatBytes, formatNumber, t } from '../i18n/i18n';

export const KIND_NAMES: Record<FileKind, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG', doc: 'DOC', json: 'JSON', xml: 'XML' };
const PART_NAMES: Record<PolyglotPart, string> = { pdf: 'PDF', zip: 'ZIP', html: 'HTML' };

export function fileVerdictText(verdict: NamedVerdict, rule: FileRule = DEFAULT_FILE_RULE): string {
  const texts = t().fileCheck;
  const allowed = rule.accept.map((kind) => KIND_NAMES[kind]).join(', ');
  if (verdict.ok) return fill(t().demo.fileOk, { name: verdict.name, kind: KIND_NAMES[verdict.kind], size: formatBytes(verdict.size) });
  switch (verdict.code) {
    case 'empty':
    case 'unknown_type':
      return fill(texts[verdict.code], { name: verdict.name });
    case 'too_large':
      return fill(texts.too_large, { name: verdict.name, max: formatBytes(verdict.maxBytes) });
    case 'not_allowed':
      return fill(texts.not_allowed, { name: verdict.name, kind: KIND_NAMES[verdict.kind], allowed });
    case 'pdf_encrypted':
    case 'pdf_no_pages':
    case 'pdf_active_content':
    case 'image_unreadable':
    case 'text_unreadable':
      return fill(texts[verdict.code], { name: verdict.name });
    case 'image_too_large':
      return fill(texts.image_too_large, {
        name: verdict.name,
        width: formatNumber(verdict.width),
        height: formatNumber(verdict.height),
        side: formatNumber(MAX_IMAGE_SIDE_PX),
        megapixels: formatNumber(MAX_IMAGE_PIXELS / 1_000_000),
      });
    case 'double_extension':
      return fill(texts.double_extension, { name: verdict.name, shown: verdict.shown.toUpperCase(), real: verdict.real });
    case 'polyglot':
      return fill(texts.polyglot, { name: verdict.name, kind: KIND_NAMES[verdict.kind], other: PART_NAMES[verdict.other] });
    case 'extension_mismatch':
      return fill(texts.extension_mismatch, { name: verdict.name, kind: KIND_NAMES[verdict.kind], claimed: KIND_NAMES[verdict.claimed] });
  }
}
