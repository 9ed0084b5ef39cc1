// A case's answers as label/value rows in the order of its service's form, with each step as a heading.
import type { ApplicationView } from '../../domain/application';
import type { Service } from '../../domain/catalog/serviceSchema';

export type AnswerRow = { heading: string } | { label: string; value: string };

export function answerRows(service: Service | undefined, answers: ApplicationView['answers'], lang: 'ru' | 'en', yesNo: [string, string]): AnswerRow[] {
  if (!service) return Object.entries(answers).map(([label, value]) => ({ label, value: String(value) }));
  const rows: AnswerRow[] = [];
  for (const step of service.steps) {
    const fields = step.fields.filter((field) => answers[field.id] !== undefined && answers[field.id] !== '');
    if (!fields.length) continue;
    rows.push({ heading: step.title[lang] });
    for (const field of fields) {
      const raw = answers[field.id]!;
      const option = field.options?.find((o) => o.value === raw);
      const value = typeof raw === 'boolean' ? yesNo[raw ? 0 : 1] : option ? option.label[lang] : raw;
      rows.push({ label: field.label[lang], value });
    }
  }
  return rows;
}

/** The rows split at their headings, for one list per step. */
export function groups(rows: AnswerRow[]): { heading?: string; rows: { label: string; value: string }[] }[] {
  const result: { heading?: string; rows: { label: string; value: string }[] }[] = [];
  for (const row of rows) {
    if ('heading' in row) result.push({ heading: row.heading, rows: [] });
    else (result.at(-1) ?? (result[result.push({ rows: [] }) - 1]!)).rows.push(row);
  }
  return result;
}
