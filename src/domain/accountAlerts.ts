// What the account tells its owner about its own security, in the app, by SMS and by e-mail: a changed
// phone, repeated wrong passwords, a sign-in from a device not seen before. The kinds start with
// «account_», which puts them under «О безопасности учётной записи» in the notification centre.
export const ACCOUNT_ALERT_KINDS = ['account_phone_changed', 'account_signin_failures', 'account_new_device', 'account_identity_refused'] as const;
export type AccountAlertKind = (typeof ACCOUNT_ALERT_KINDS)[number];
