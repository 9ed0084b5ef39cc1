// Issue 17.9: the server repeats every file check. Each file of the hostile corpus
// (test/fixtures/files/hostile, its expected.json) sent in an application's document slot is refused
// with its own code, exactly as the validation worker refuses it on the device.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../domain/catalog/services';
import { receiveFile } from './attachments';

const dir = new URL('../../test/fixtures/files/hostile/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, string>;
const service = SERVICES.find((s) => s.id === 'residence-certificate')!;
/**
 * These two are refused because they do not decode, and Node has no image decoder (the service worker
 * has createImageBitmap): the browser spec hostile-files.spec.ts covers them.
 */
const NEEDS_DECODER = new Set(['undecodable.png', 'undecodable.jpg']);

describe('the server refuses the hostile-file corpus', () => {
  it.each(Object.entries(expected).filter(([name]) => !NEEDS_DECODER.has(name)))('%s → file_%s', async (name, code) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    for (const doc of service.documents) {
      const verdict = await receiveFile(doc, { slot: doc.id, name, size: bytes.length, sha256 } as never, new Blob([bytes]));
      expect(verdict, `${doc.id}: ${name}`).toBe(`file_${code}`);
    }
  });
});
