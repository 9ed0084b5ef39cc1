// Form state for schema-checked forms: values by dotted path, errors as validation codes.
// Fields are checked on blur and on submit, never while the user types; server errors land in place.
import * as v from 'valibot';
import { batch, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

export type FieldValue = string | boolean;
export type Values = Record<string, FieldValue>;

/** Turns {'passport.series': '4508'} into {passport: {series: '4508'}}. Empty strings become undefined. */
export function toNested(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let node = out;
    keys.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Record<string, unknown>));
    node[keys.at(-1)!] = value === '' ? undefined : value;
  }
  return out;
}

function issuesByPath(issues: readonly v.BaseIssue<unknown>[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? '';
    errors[path] ??= issue.message;
  }
  return errors;
}

export function createForm<S extends v.GenericSchema>(options: {
  schema: () => S;
  initial: Values;
  /** Field paths in page order, or a function giving them (for forms whose fields change). */
  order: readonly string[] | (() => readonly string[]);
  /** Maps a nested value before parsing (e.g. wrap extra fields). */
  prepare?: (nested: Record<string, unknown>) => unknown;
}) {
  const [values, setValues] = createStore<Values>({ ...options.initial });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [submitted, setSubmitted] = createSignal(0);
  /**
   * What the error summary lists: taken at submit, so blurs do not reshuffle the page under the pointer.
   * A field put right leaves it at once (a booked visit no longer says «Запишитесь на приём»); new
   * errors join only at the next submit.
   */
  const [summary, setSummary] = createSignal<Record<string, string>>({});

  const parse = () => v.safeParse(options.schema(), (options.prepare ?? ((x) => x))(toNested({ ...values })));

  return {
    values,
    errors,
    summary,
    /** Bumps on every failed submit, so the summary can take focus. */
    submitted,
    set(path: string, value: FieldValue) {
      setValues(path, value);
    },
    reset(next: Values) {
      setValues(reconcile({ ...next }));
      setErrors({});
      setSummary({});
    },
    blur(path: string) {
      const result = parse();
      const found = result.success ? {} : issuesByPath(result.issues);
      setErrors((current) => {
        const next = { ...current };
        if (found[path]) next[path] = found[path];
        else delete next[path];
        return next;
      });
      if (!found[path] && summary()[path]) {
        setSummary((current) => {
          const { [path]: _fixed, ...rest } = current;
          return rest;
        });
      }
    },
    /** Checks everything; returns the parsed output, or null after showing every error. */
    submit(): v.InferOutput<S> | null {
      const result = parse();
      if (result.success) {
        batch(() => {
          setErrors({});
          setSummary({});
        });
        return result.output;
      }
      const found = issuesByPath(result.issues);
      batch(() => {
        setErrors(found);
        setSummary(found);
        setSubmitted((n) => n + 1);
      });
      return null;
    },
    /** Parses the current values with another schema, silently: for a last check across steps. */
    check<T extends v.GenericSchema>(schema: T): v.InferOutput<T> | null {
      const result = v.safeParse(schema, (options.prepare ?? ((x) => x))(toNested({ ...values })));
      return result.success ? result.output : null;
    },
    /** Shows field errors the server found (field path → code). */
    showServerErrors(fields: Record<string, string>) {
      batch(() => {
        setErrors(fields);
        setSummary(fields);
        setSubmitted((n) => n + 1);
      });
    },
    /** Field paths in page order: the error summary lists them so. */
    get order(): readonly string[] {
      return typeof options.order === 'function' ? options.order() : options.order;
    },
  };
}

export type Form = ReturnType<typeof createForm>;

export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;
