// A support category in API data (see ./supportCategories.ts for the list).
import * as v from 'valibot';
import { SUPPORT_CATEGORIES } from './supportCategories';

export const SupportCategorySchema = v.picklist(SUPPORT_CATEGORIES);
