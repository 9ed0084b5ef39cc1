// Which notifications a citizen wants, by kind and channel. The server consults it before «sending».
import * as v from 'valibot';

export const NOTIFICATION_KINDS = ['status', 'documents', 'reminders', 'news'] as const;
export const NOTIFICATION_CHANNELS = ['inapp', 'sms', 'email', 'push'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

const ChannelsSchema = v.object({ inapp: v.boolean(), sms: v.boolean(), email: v.boolean(), push: v.boolean() });
export const NotificationPrefsSchema = v.object({
  status: ChannelsSchema,
  documents: ChannelsSchema,
  reminders: ChannelsSchema,
  news: ChannelsSchema,
});
export type NotificationPrefs = v.InferOutput<typeof NotificationPrefsSchema>;

/** Everything on that needs no permission; news and system push stay off until asked for. */
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  status: { inapp: true, sms: true, email: true, push: false },
  documents: { inapp: true, sms: true, email: true, push: false },
  reminders: { inapp: true, sms: true, email: false, push: false },
  news: { inapp: false, sms: false, email: false, push: false },
};

export function wants(prefs: NotificationPrefs | undefined, kind: NotificationKind, channel: NotificationChannel): boolean {
  return (prefs ?? DEFAULT_NOTIFICATION_PREFS)[kind][channel];
}
