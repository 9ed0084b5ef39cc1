// English texts of the receipts pages.
import type { receiptsRu } from './receipts.ru';
import type { Widen } from './ru';

export const receiptsEn: Widen<typeof receiptsRu> = {
  receipts: {
    title: 'My payments',
  },
};
