// The answer's words as signed and printed: what a clerk types passes the document-text rules, and the
// signed files read back exactly, with or without the topic older files lack.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  answerJsonText,
  answerXmlDocument,
  answerXmlFile,
  looksLikeAnswerFile,
  parseAnswerData,
  readAnswerFile,
  type AnswerData,
} from './answerDocument';
import { AnswerSchema } from './types';

const ANSWER = {
  outcome: 'done',
  code: 210,
  explanation: 'Справка выдана в срок.',
  nextSteps: 'Скачайте её.',
  executor: { name: 'Петрова Ольга', position: 'Специалист', phone: '+7 495 555-01-17' },
};
const DATA: AnswerData = {
  kind: 'okno-appeal-answer',
  number: '40713826',
  type: 'Жалоба',
  topic: 'Общие вопросы',
  subject: 'Справка <срочно> & быстро',
  sentAt: '02.03.2026 12:00',
  answeredAt: '05.03.2026 15:30',
  outcome: 'done',
  code: 210,
  explanation: 'Строка 1\nСтрока 2',
  nextSteps: 'Ждать',
  executor: ANSWER.executor,
  authority: 'Окно',
};

describe('the answer a clerk writes', () => {
  it('loses invisible characters and refuses what no document can print', () => {
    const cleaned = v.parse(AnswerSchema, { ...ANSWER, explanation: 'Справка\u200b выдана\u202e в срок.' });
    expect(cleaned.explanation).toBe('Справка выдана в срок.');
    const emoji = v.safeParse(AnswerSchema, { ...ANSWER, nextSteps: 'Скачайте её 🙂' });
    expect(emoji.issues?.[0]?.message).toBe('unprintable_chars');
  });
});

describe('signed answer texts', () => {
  it('the canonical JSON parses back only when it is exactly canonical', () => {
    const text = answerJsonText(DATA);
    expect(parseAnswerData(text)).toEqual(DATA);
    expect(parseAnswerData(JSON.stringify(DATA))).toBeNull(); // not canonical: keys unsorted, Cyrillic unescaped
    expect(parseAnswerData('not json')).toBeNull();
  });

  it('the XML file reads back with its topic, and without it for older files', () => {
    expect(readAnswerFile(answerXmlFile(answerXmlDocument(DATA), 'sig', 'key'))?.data).toEqual(DATA);
    const { topic: _topic, ...old } = DATA;
    const read = readAnswerFile(answerXmlFile(answerXmlDocument(old), 'sig', 'key'));
    expect(read?.data).toEqual(old);
    expect(read?.signed).not.toContain('<topic>');
  });

  it('tells a damaged answer file from a foreign one', () => {
    expect(looksLikeAnswerFile('{"format": "okno-appeal-answer/1", "docu')).toBe(true);
    expect(looksLikeAnswerFile('<note>hello</note>')).toBe(false);
  });
});
