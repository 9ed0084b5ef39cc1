// When a record page says «not found», and which list it leads back to: the logic of MissingItem, kept
// free of the router and the DOM so it can be tested on its own.
import type { LiveQuery } from '../client/createLiveQuery';

export type MissingKind = 'application' | 'receipt' | 'appeal' | 'booking';

/** The list each kind of record lives in. */
export const MISSING_BACK = {
  application: '/applications',
  receipt: '/payments',
  appeal: '/appeals',
  booking: '/bookings',
} as const satisfies Record<MissingKind, string>;

/**
 * True once the device's mirror has answered and holds no such record. Not while it is still reading,
 * and not when reading failed: that is an error to show, not a missing record.
 */
export function isMissing(query: Pick<LiveQuery<unknown>, 'loading' | 'error' | 'value'>): boolean {
  return !query.loading() && query.error() === undefined && (query.value() ?? undefined) === undefined;
}
