// English texts of the verify pages.
import type { verifyRu } from './verify.ru';
import type { Widen } from './ru';

export const verifyEn: Widen<typeof verifyRu> = {
  verify: {
    title: 'Check a document',
  },
};
