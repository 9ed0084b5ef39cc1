// The unread count shown in the header. Only the signal lives here, so the shell stays light; the
// watcher that fills it (API client, change feed, database) loads once someone is signed in.
import { createSignal } from 'solid-js';

const [unread, setUnread] = createSignal(0);
export { unread as unreadCount, setUnread };
