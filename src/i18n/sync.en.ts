// English texts of the device's copy of server data: the outage banner, the outbox, the sync notes.
import type { syncRu } from './sync.ru';
import type { Widen } from './ru';

export const syncEn: Widen<typeof syncRu> = {
  sync: {
    loading: 'Loading your data onto this device…',
    outage: 'The department systems are unavailable — showing data as of {when}',
    outageNever: 'The department systems are unavailable — showing the data kept on this device',
    outageHint: 'Whatever you send will go by itself once the systems answer.',
  },
};
