import { describe, expect, it } from 'vitest';
import { cameraProblem } from './cameraProblem';

describe('cameraProblem', () => {
  it('names what the user can do about each getUserMedia failure', () => {
    expect(cameraProblem(new DOMException('no', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('none', 'NotFoundError'))).toBe('absent');
    expect(cameraProblem(new DOMException('held', 'NotReadableError'))).toBe('busy');
    expect(cameraProblem(new TypeError('no mediaDevices'))).toBe('unsupported');
    expect(cameraProblem('odd')).toBe('failed');
  });
});
