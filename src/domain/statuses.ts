// The statuses a case goes through, apart from the application schemas so that light modules (route
// search params, labels) can use them without loading those.
export const APPLICATION_STATUSES = ['sent', 'accepted', 'in_processing', 'documents_requested', 'ready', 'issued', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
