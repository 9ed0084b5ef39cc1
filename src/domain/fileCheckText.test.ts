// JSON and XML files (the signed appeal answer) judged by their content: only where a rule takes them,
// and refused when their text is cut short or not UTF-8.
import { describe, expect, it } from 'vitest';
import { checkFile, MAX_FILE_BYTES, type FileRule } from './fileCheck';
import { inspectFile } from './inspectFile';

const ANSWER_RULE: FileRule = { accept: ['pdf', 'json', 'xml'], maxBytes: MAX_FILE_BYTES };
const bytes = (text: string) => new TextEncoder().encode(text);
const inspect = (name: string, text: string | Uint8Array, rule = ANSWER_RULE) =>
  inspectFile({ name, size: text.length }, typeof text === 'string' ? bytes(text) : text, rule);

describe('text files by content', () => {
  it('tells JSON and XML by their first visible character, after a byte order mark and blanks', async () => {
    expect(await inspect('answer.json', '\ufeff\n  {"format": "okno-appeal-answer/1"}')).toMatchObject({
      ok: true,
      kind: 'json',
      mime: 'application/json',
    });
    expect(await inspect('answer.xml', '<?xml version="1.0"?>\n<appealAnswer/>')).toMatchObject({ ok: true, kind: 'xml' });
  });

  it('a JSON file named .xml, or a text file named .json, is refused by what it really is', async () => {
    expect(await inspect('answer.xml', '{"a": 1}')).toMatchObject({ ok: false, code: 'extension_mismatch', kind: 'json', claimed: 'xml' });
    expect(await inspect('answer.json', 'just some words')).toEqual({ ok: false, code: 'unknown_type' });
  });

  it('cut-off JSON, an unclosed XML and bytes that are not UTF-8 are unreadable', async () => {
    expect(await inspect('answer.json', '{"format": "okno-appeal-answer/1", "docu')).toMatchObject({
      ok: false,
      code: 'text_unreadable',
      kind: 'json',
    });
    expect(await inspect('answer.xml', '<appealAnswer><document>')).toMatchObject({ ok: false, code: 'text_unreadable', kind: 'xml' });
    expect(await inspect('answer.json', Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ ok: false, code: 'text_unreadable' });
  });

  it('rules that do not take text files keep calling them unknown, as before', () => {
    expect(checkFile({ name: 'notes.png', size: 10 }, bytes('<html>hi</html>'), { accept: ['png', 'jpeg'], maxBytes: 100 })).toEqual({
      ok: false,
      code: 'unknown_type',
    });
  });
});
