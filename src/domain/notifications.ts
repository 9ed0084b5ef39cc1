// Which notifications a citizen wants, by kind and channel. The server consults it before «sending».
import * as v from 'valibot';

export const NOTIFICATION_KINDS = ['status', 'documents', 'reminders', 'news'] as const;
export const NOTIFICATION_CHANNELS = ['inapp', 'sms', 'email', 'push'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * How often SMS, e-mail and system notices go out: each at once, or one daily digest at DIGEST_HOUR
 * (Moscow, simulated clock) listing what happened since the last. The in-app feed lists every event as
 * it happens either way; sign-in alerts, codes and visit reminders never wait for a digest.
 */
export const NOTIFICATION_FREQUENCIES = ['instant', 'daily'] as const;
export type NotificationFrequency = (typeof NOTIFICATION_FREQUENCIES)[number];
export const DIGEST_HOUR = 9;

const ChannelsSchema = v.object({ inapp: v.boolean(), sms: v.boolean(), email: v.boolean(), push: v.boolean() });
export const NotificationPrefsSchema = v.object({
  status: ChannelsSchema,
  documents: ChannelsSchema,
  reminders: ChannelsSchema,
  news: ChannelsSchema,
  /** Absent in settings saved before the digest existed: at once, as then. */
  frequency: v.optional(v.picklist(NOTIFICATION_FREQUENCIES), 'instant'),
});
export type NotificationPrefs = v.InferOutput<typeof NotificationPrefsSchema>;

/** Everything on that needs no permission; news and system push stay off until asked for. */
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  status: { inapp: true, sms: true, email: true, push: false },
  documents: { inapp: true, sms: true, email: true, push: false },
  reminders: { inapp: true, sms: true, email: false, push: false },
  news: { inapp: false, sms: false, email: false, push: false },
  frequency: 'instant',
};

export function wants(prefs: NotificationPrefs | undefined, kind: NotificationKind, channel: NotificationChannel): boolean {
  return (prefs ?? DEFAULT_NOTIFICATION_PREFS)[kind][channel];
}
