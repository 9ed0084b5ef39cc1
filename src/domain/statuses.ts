// The statuses a case goes through, apart from the application schemas so that light modules (route
// search params, labels) can use them without loading those. «returned»: a paper result nobody collected
// within the office's keeping period went back to the department's archive.
export const APPLICATION_STATUSES = [
  'sent',
  'accepted',
  'in_processing',
  'documents_requested',
  'ready',
  'issued',
  'rejected',
  'withdrawn',
  'returned',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** After the department's decision: a result (collected or not) or a refusal. Only a decision can be objected to. */
export const DECIDED_STATUSES: readonly ApplicationStatus[] = ['ready', 'issued', 'rejected', 'returned'];
export const isDecided = (status: ApplicationStatus): boolean => DECIDED_STATUSES.includes(status);
