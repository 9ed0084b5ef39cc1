// Which part of the citizen's affairs a notice is about, for the notification centre's filter:
// appeals (their kinds start with «appeal_»), visits (with «booking_»), the account's security (with
// «account_»), the portal's news («news»), otherwise applications.
export const NOTICE_TOPICS = ['applications', 'appeals', 'bookings', 'account', 'news'] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

export function noticeTopic(kind: string): NoticeTopic {
  if (kind.startsWith('appeal_')) return 'appeals';
  if (kind.startsWith('booking_')) return 'bookings';
  if (kind.startsWith('account_')) return 'account';
  if (kind === 'news') return 'news';
  return 'applications';
}
