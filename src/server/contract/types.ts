// What the contract says about one route of the mock backend's table: who may call it, what it reads,
// what it answers and with which error codes. The OpenAPI document and the contract check read only this.
import type * as v from 'valibot';

export type ContractTag =
  | 'health'
  | 'auth'
  | 'me'
  | 'applications'
  | 'certificates'
  | 'notices'
  | 'payments'
  | 'appeals'
  | 'support'
  | 'offices'
  | 'operator'
  | 'catalog'
  | 'sim';

/** Who may call: anyone, a signed-in citizen (Bearer), the console (X-Okno-Operator), a running code flow. */
export type Caller = 'anyone' | 'citizen' | 'operator' | 'flow';

export interface ContractEntry {
  tag: ContractTag;
  summary: { ru: string; en: string };
  caller: Caller;
  /** Query parameters, as one object schema (each entry a parameter). */
  query?: v.ObjectSchema<v.ObjectEntries, undefined>;
  /** A JSON body, or a multipart one (`multipart: true`: the schema names the form's fields). */
  body?: v.GenericSchema;
  multipart?: boolean;
  /** A binary body (the PDF file check). */
  bodyType?: 'application/pdf';
  /** The successful answer: its status and its JSON schema, or a media type for a file. */
  ok: { status: number; schema?: v.GenericSchema; mediaType?: string };
  /** Codes this route answers beyond the ones every route may (see errors.ts). */
  errors: readonly string[];
  /** One example request: path parameters, query, body. */
  example?: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown };
}

export type Contract = Record<string, ContractEntry>;
