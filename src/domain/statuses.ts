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
