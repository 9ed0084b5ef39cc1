// The signed answer as files a citizen can keep and anyone can check offline: JSON and XML whose
// signed part is an exact text (the canonical JSON; the <document> element), so a change to any byte
// of it, or to the signature, fails the check. Parsing never throws on foreign files.
import * as v from 'valibot';
import { canonicalJson } from '../certificate';
import { OUTCOMES } from './types';

export const AnswerDataSchema = v.object({
  kind: v.literal('okno-appeal-answer'),
  number: v.string(),
  type: v.string(),
  /** Files signed before the topic was printed lack it; they stay valid. */
  topic: v.optional(v.string()),
  subject: v.string(),
  sentAt: v.string(),
  answeredAt: v.string(),
  outcome: v.picklist(OUTCOMES),
  code: v.number(),
  explanation: v.string(),
  nextSteps: v.string(),
  executor: v.object({ name: v.string(), position: v.string(), phone: v.string() }),
  authority: v.string(),
});
export type AnswerData = v.InferOutput<typeof AnswerDataSchema>;

export const answerJsonText = (data: AnswerData) => canonicalJson(data);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** The <document> element: the exact text the XML signature covers. */
export function answerXmlDocument(data: AnswerData): string {
  const { executor, ...rest } = data;
  const fields = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `<${key}>${escape(String(value))}</${key}>`);
  const person = `<executor><name>${escape(executor.name)}</name><position>${escape(executor.position)}</position><phone>${escape(executor.phone)}</phone></executor>`;
  return `<document>${fields.join('')}${person}</document>`;
}

export function answerJsonFile(document: string, signature: string, keyId: string): string {
  return `${JSON.stringify({ format: 'okno-appeal-answer/1', document, signature, keyId }, null, 2)}\n`;
}

export function answerXmlFile(document: string, signature: string, keyId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<appealAnswer xmlns="urn:okno:appeal-answer:1">\n${document}\n<signature keyId="${escape(keyId)}">${signature}</signature>\n</appealAnswer>\n`;
}

export interface SignedText {
  /** Exactly the text that was signed. */
  signed: string;
  signature: string;
  keyId: string;
  data: AnswerData;
}

const FileSchema = v.object({ format: v.literal('okno-appeal-answer/1'), document: v.string(), signature: v.string(), keyId: v.string() });

function dataOf(json: string): AnswerData | null {
  try {
    const parsed = v.safeParse(AnswerDataSchema, JSON.parse(json));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** A signed answer file (JSON or XML) taken apart, or null when it is not one. */
export function readAnswerFile(text: string): SignedText | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const file = v.safeParse(FileSchema, JSON.parse(trimmed));
      if (!file.success) return null;
      const data = dataOf(file.output.document);
      return data && { signed: file.output.document, signature: file.output.signature, keyId: file.output.keyId, data };
    } catch {
      return null;
    }
  }
  const document = /<document>[\s\S]*<\/document>/.exec(trimmed)?.[0];
  const signature = /<signature keyId="([^"]*)">([^<]*)<\/signature>/.exec(trimmed);
  if (!document || !signature) return null;
  const field = (name: string) => unescape(new RegExp(`<${name}>([^<]*)</${name}>`).exec(document)?.[1] ?? '');
  const executor = { name: field('name'), position: field('position'), phone: field('phone') };
  const keys = ['kind', 'number', 'type', 'subject', 'sentAt', 'answeredAt', 'outcome', 'code', 'explanation', 'nextSteps', 'authority'];
  const raw: Record<string, unknown> = Object.fromEntries(keys.map((key) => [key, field(key)]));
  raw.code = Number(raw.code);
  if (document.includes('<topic>')) raw.topic = field('topic');
  const parsed = v.safeParse(AnswerDataSchema, { ...raw, executor });
  return parsed.success ? { signed: document, signature: signature[2]!, keyId: unescape(signature[1]!), data: parsed.output } : null;
}

/** The answer if `text` is exactly its canonical JSON (as a sealed PDF embeds it), else null. */
export function parseAnswerData(text: string): AnswerData | null {
  const data = dataOf(text);
  return data && answerJsonText(data) === text ? data : null;
}

/** Says whether a text claims to be an Okno answer file at all, so a damaged one is told from a foreign one. */
export const looksLikeAnswerFile = (text: string) => /okno-appeal-answer|urn:okno:appeal-answer/.test(text);
