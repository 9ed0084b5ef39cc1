import { describe, expect, it } from 'vitest';
import { latestFiles } from './fixRefused';

const file = (slot: string, name: string) => ({ slot, name, size: 1, sha256: '0'.repeat(64) });

describe('latestFiles', () => {
  it('takes the newest file of each slot: a reply to a documents request replaces the one first sent', () => {
    expect(latestFiles([file('passport', 'a.pdf'), file('lease', 'b.pdf'), file('passport', 'c.pdf')])).toEqual([2, 1]);
    expect(latestFiles([])).toEqual([]);
  });
});
