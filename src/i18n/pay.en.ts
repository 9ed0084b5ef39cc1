// English texts of the pay pages.
import type { payRu } from './pay.ru';
import type { Widen } from './ru';

export const payEn: Widen<typeof payRu> = {
  pay: {
    title: 'Payment',
  },
};
