import { describe, expect, it } from 'vitest';
import { findService } from '../../domain/catalog/services';
import { reviewFiles } from './reviewFiles';

const service = findService('residence-certificate')!;

describe('reviewFiles', () => {
  it('lists every document of the service in its order, with the attached file’s name and size or none', () => {
    const [first, second] = service.documents;
    const listed = reviewFiles(service, [
      { slot: second!.id, name: 'snils.png', size: 2048 },
      { slot: first!.id, name: 'passport.pdf', size: 153_600 },
      { slot: undefined, name: 'stray.pdf', size: 1 },
    ]);
    expect(listed.map((item) => item.document.id)).toEqual(service.documents.map((doc) => doc.id));
    expect(listed[0]!.file).toEqual({ name: 'passport.pdf', size: 153_600 });
    expect(listed[1]!.file).toEqual({ name: 'snils.png', size: 2048 });
    expect(listed.slice(2).every((item) => item.file === undefined)).toBe(true);
    expect(listed.some((item) => item.file?.name === 'stray.pdf')).toBe(false);
  });
});
