// The six support categories of DOMAIN §8. The bot sorts a problem into one of them, a support request
// carries one, and every knowledge-base article names the one it helps with. The list is apart from its
// schema (./supportCategorySchema.ts) so that route search params, in the first bundle, need no valibot.

export const SUPPORT_CATEGORIES = ['signin', 'technical', 'payments', 'documents', 'profile', 'general'] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];
