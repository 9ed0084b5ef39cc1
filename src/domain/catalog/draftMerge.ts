// When a service's form changes under a saved draft: keep every answer that still fits the new form
// and name the ones the applicant must give again. Pure; the wizard applies the result.
import * as v from 'valibot';
import { FIELD_RULES, type Answers, type StepDef } from './formSchema';

/** A short fingerprint of a form's shape: fields, their rules and options, in order. */
export function formFingerprint(steps: readonly StepDef[]): string {
  const shape = steps.flatMap((step) => step.fields.map((f) => [f.id, f.rule, f.required, (f.options ?? []).map((o) => o.value).join('|')].join(':')));
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
    const fits =
      field !== undefined &&
      (value === '' || value === undefined || v.safeParse(FIELD_RULES[field.rule] as v.GenericSchema, value).success) &&
      (!field.options || field.options.some((option) => option.value === value));
    if (fits) kept[id] = value;
    else if (value !== '' && value !== undefined) dropped.push(id);
  }
  return { kept, dropped };
}
