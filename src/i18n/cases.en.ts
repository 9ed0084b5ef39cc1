// English texts of the cases pages.
import type { casesRu } from './cases.ru';
import type { Widen } from './ru';

export const casesEn: Widen<typeof casesRu> = {
  cases: {
    title: 'Applications',
  },
};
