// The six support categories of DOMAIN §8. The bot sorts a problem into one of them, a support request
// carries one, and every knowledge-base article names the one it helps with.
import * as v from 'valibot';

export const SUPPORT_CATEGORIES = ['signin', 'technical', 'payments', 'documents', 'profile', 'general'] as const;
export const SupportCategorySchema = v.picklist(SUPPORT_CATEGORIES);
export type SupportCategory = v.InferOutput<typeof SupportCategorySchema>;
