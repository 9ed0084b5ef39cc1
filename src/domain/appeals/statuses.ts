// The statuses an appeal goes through, apart from the appeal schemas so that light modules (route
// search params in the first bundle) can use them without loading those and valibot's pipes with them.
export const APPEAL_STATUSES = [
  'sent',
  'accepted',
  'in_processing',
  'expert_review',
  'awaiting_documents',
  'rechecked',
  'answered',
  'refused',
  'unprocessed',
  'closed',
] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
