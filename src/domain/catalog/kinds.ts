// The catalog's fixed lists, apart from the schemas so the router can use them without loading them.
export const CATEGORIES = ['documents', 'registration', 'transport', 'payments', 'taxes', 'health', 'family', 'other'] as const;
export const REQUEST_KINDS = ['online', 'appointment', 'certificate'] as const;
/** instant: minutes; day: within a working day; week: up to two weeks; week_plus: more than a week. */
export const TERMS = ['instant', 'day', 'week', 'week_plus'] as const;
export const RESULT_WAYS = ['electronic', 'post', 'office'] as const;
export type ResultWay = (typeof RESULT_WAYS)[number];
