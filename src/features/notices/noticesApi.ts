// The notification centre's one call to the server: marking notices read. Listing them is the device's
// mirror (client/repos/noticesRepo.ts), filled by the change feed; the pull after marking brings the
// read state back to every page at once.
import { apiPost } from '../../client/api';
import { pullChanges } from '../../client/changeFeed';
import { NoticesReadResultSchema, type NoticesRead, type NoticeView } from '../../domain/notices';

export type Notice = NoticeView;

export async function markRead(body: NoticesRead): Promise<void> {
  await apiPost('/notifications/read', body, NoticesReadResultSchema);
  await pullChanges();
}
