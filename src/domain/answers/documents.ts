// Answers about signed documents (a case's result, an appeal's answer, the verifiers, the authority's
// key): declared once, read by the contract, the case and appeal pages and «Проверить документ».
import * as v from 'valibot';
import { AnswerDataSchema } from '../appeals/answerDocument';
import { CertifiedViewSchema, VERDICTS, type VerifyResult } from '../certificate';

export const AuthorityKeySchema = v.object({ jwk: v.record(v.string(), v.unknown()), keyId: v.string() });
export const CaseResultSchema = v.object({ data: v.string(), signature: v.string(), qr: v.string(), number: v.string(), keyId: v.string() });
export const SignedAnswerSchema = v.object({ json: v.string(), xml: v.string(), keyId: v.string() });
export const VerifyResultSchema = v.object({
  verdict: v.picklist(VERDICTS),
  certificate: v.optional(CertifiedViewSchema),
  answer: v.optional(AnswerDataSchema),
}) satisfies v.GenericSchema<unknown, VerifyResult>;
