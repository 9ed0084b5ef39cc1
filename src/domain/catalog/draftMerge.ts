// When a service's form changes under a saved draft: keep every answer that still fits the new form
// and name the ones the applicant must give again. Pure; the wizard applies the result.
import * as v from 'valibot';
import { splitAddressLine } from '../addressLine';
import { FIELD_RULES, type Answers, type FieldDef, type StepDef } from './formSchema';

/** A short fingerprint of a form's shape: fields, their rules and options, in order. */
export function formFingerprint(steps: readonly StepDef[]): string {
  const shape = steps.flatMap((step) =>
    step.fields.map((f) => [f.id, f.rule, f.required, (f.options ?? []).map((o) => o.value).join('|')].join(':')),
  );
  let hash = 5381;
  for (const char of shape.join(';')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

export function mergeDraftAnswers(steps: readonly StepDef[], answers: Answers): { kept: Answers; dropped: string[] } {
  const fields = new Map(steps.flatMap((step) => step.fields.map((field) => [field.id, field] as const)));
  const kept: Answers = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (id.startsWith('$')) {
      kept[id] = value; // the wizard's own keys (way to receive, consent)
      continue;
    }
    const field = fields.get(id);
    if (!field && typeof value === 'string' && readOneLineAddress(fields, id, value, answers, kept)) continue;
    const fits =
      field !== undefined &&
      (value === '' || value === undefined || v.safeParse(FIELD_RULES[field.rule] as v.GenericSchema, value).success) &&
      (!field.options || field.options.some((option) => option.value === value));
    if (fits) kept[id] = value;
    else if (value !== '' && value !== undefined) dropped.push(id);
  }
  return { kept, dropped };
}

/**
 * An address answered on one line (as forms did before the structured address): «address» or
 * «prevAddress» is split into the form's parts with that prefix, each only where the draft has none.
 * False when the form has no such address group, so the answer is named as dropped.
 */
function readOneLineAddress(fields: Map<string, FieldDef>, id: string, line: string, answers: Answers, kept: Answers): boolean {
  const prefix = /^(.*?)(A|a)ddress$/.exec(id)?.[1];
  if (prefix === undefined) return false;
  const partId = (part: string) => (prefix ? prefix + part.charAt(0).toUpperCase() + part.slice(1) : part);
  const group = [...fields.values()].filter((field) => field.address && field.id === partId(field.address));
  if (!group.length) return false;
  const parts = splitAddressLine(line);
  for (const field of group) {
    const value = parts[field.address!];
    const own = answers[field.id];
    if (value && (own === undefined || own === '')) kept[field.id] = value;
  }
  return true;
}
