// An application's answers as the citizen's page, the operator's console and the PDF copy all show them:
// in the order of the service's form, each step as a heading, each field by its label, choices by their
// text, yes/no in words and dates as ДД.ММ.ГГГГ. One function, so the three can never disagree.
import type { ApplicationView } from './application';
import type { FieldDef } from './catalog/formSchema';
import type { Service } from './catalog/serviceSchema';
import { formatRuDate } from './identifiersPerson';
import { addressLine, addressPartsOf } from './addressLine';

const ADDRESS_LABEL = { ru: 'Адрес', en: 'Address' } as const;

/** The prefix of a structured address part's id: '' for «city», 'prev' for «prevCity». */
export function addressPrefix(field: FieldDef): string | undefined {
  const part = field.address;
  if (!part) return undefined;
  if (field.id === part) return '';
  const prefix = field.id.slice(0, -part.length);
  return prefix + part.charAt(0).toUpperCase() + part.slice(1) === field.id ? prefix : undefined;
}

export type AnswerRow = { heading: string } | { label: string; value: string };
export type AnswerGroup = { heading?: string; rows: { label: string; value: string }[] };
type Lang = 'ru' | 'en';

function shown(field: FieldDef | undefined, raw: string | boolean, lang: Lang, yesNo: [string, string]): string {
  if (typeof raw === 'boolean') return yesNo[raw ? 0 : 1];
  const option = field?.options?.find((o) => o.value === raw);
  if (option) return option.label[lang];
  if (field === undefined || field.rule === 'date') return formatRuDate(raw) ?? raw;
  return raw;
}

export function answerRows(service: Service | undefined, answers: ApplicationView['answers'], lang: Lang, yesNo: [string, string]): AnswerRow[] {
  const present = (id: string) => answers[id] !== undefined && answers[id] !== '';
  const rows: AnswerRow[] = [];
  const known = new Set<string>();
  for (const step of service?.steps ?? []) {
    const fields = step.fields.filter((field) => present(field.id));
    fields.forEach((field) => known.add(field.id));
    if (!fields.length) continue;
    rows.push({ heading: step.title[lang] });
    const lines = new Set<string>();
    for (const field of fields) {
      // A structured address reads as one line, in full words, where its first part stands.
      const prefix = addressPrefix(field);
      const line = prefix === undefined ? undefined : addressLine(addressPartsOf(answers, prefix));
      if (line === undefined) rows.push({ label: field.label[lang], value: shown(field, answers[field.id]!, lang, yesNo) });
      else if (!lines.has(prefix!)) {
        lines.add(prefix!);
        rows.push({ label: ADDRESS_LABEL[lang], value: line });
      }
    }
  }
  // Answers the form no longer names (an older version of it) are still shown, by their keys.
  for (const [key, raw] of Object.entries(answers)) {
    if (!known.has(key) && present(key)) rows.push({ label: key, value: shown(undefined, raw, lang, yesNo) });
  }
  return rows;
}

/** The rows split at their headings, for one list per step. */
export function answerGroups(rows: readonly AnswerRow[]): AnswerGroup[] {
  const result: AnswerGroup[] = [];
  for (const row of rows) {
    if ('heading' in row) result.push({ heading: row.heading, rows: [] });
    else (result.at(-1) ?? result[result.push({ rows: [] }) - 1]!).rows.push(row);
  }
  return result;
}
