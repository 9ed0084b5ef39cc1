// Every kind of one-time code the simulated departments send, as data: what the SMS or e-mail says and
// how the flow behaves. The one code store (codes.ts) reads this table; adding a purpose is a row here.
// Texts are in Russian, as a real portal or bank sends them; {code} and the flow's own values fill them.

export type CodeGroup = 'account' | 'payment';

interface CodePurposeRule {
  /** Who may ask for a new code: the account's resend endpoint or the payment's own. */
  group: CodeGroup;
  /** The message body; {code} and the flow's values (e.g. {amount}, {card}) are filled in. */
  body: string;
  /** A checked code is kept for a later step (register → complete, reset → new password). */
  twoStep: boolean;
  /** Asking again while an unexpired flow of the same target is open hands that flow back (no new SMS). */
  reuseOpen: boolean;
  /** A flow without an account sends nothing (a reset for an unknown login looks the same from outside). */
  silentWithoutAccount: boolean;
  /** Nothing is ever sent: the flow only holds a sign-in waiting for the authenticator app's code. */
  noMessage?: boolean;
}

const AUTH = { group: 'account' as const, twoStep: false, reuseOpen: true, silentWithoutAccount: false };
const PAYMENT = { group: 'payment' as const, twoStep: false, reuseOpen: false, silentWithoutAccount: false };

export const CODE_PURPOSES = {
  register: { ...AUTH, twoStep: true, body: 'Код для регистрации в Окне: {code}. Действует 5 минут. Никому его не сообщайте.' },
  second_factor: { ...AUTH, body: 'Код для входа в Окно: {code}. Действует 5 минут. Никому его не сообщайте.' },
  reset: {
    ...AUTH,
    twoStep: true,
    silentWithoutAccount: true,
    body: 'Код для восстановления пароля в Окне: {code}. Действует 5 минут. Никому его не сообщайте.',
  },
  /** Confirming the account's e-mail: the code goes to the address itself, so it proves the mailbox is theirs. */
  email_confirm: { ...AUTH, body: 'Код для подтверждения адреса электронной почты в Окне: {code}. Действует 5 минут. Никому его не сообщайте.' },
  /** Changing the phone: one code to the number in use (the owner agrees) and one to the new number (it is theirs). Both are checked before the change, so each is kept once right. */
  phone_change_old: {
    ...AUTH,
    twoStep: true,
    body: 'Код для смены номера телефона в Окне: {code}. Если номер меняете не вы, никому не сообщайте код и обратитесь в поддержку.',
  },
  phone_change_new: {
    ...AUTH,
    twoStep: true,
    body: 'Код для привязки этого номера к учётной записи Окна: {code}. Действует 5 минут. Никому его не сообщайте.',
  },
  /** A backup phone or e-mail for recovery (issue 19.12): the code proves the number or mailbox is the person's. */
  backup_phone: { ...AUTH, body: 'Код для подтверждения резервного номера в Окне: {code}. Действует 5 минут. Никому его не сообщайте.' },
  backup_email: { ...AUTH, body: 'Код для подтверждения резервной почты в Окне: {code}. Действует 5 минут. Никому его не сообщайте.' },
  /** A sign-in with support's temporary password, waiting for the new password: nothing is sent. */
  temporary_change: { ...AUTH, reuseOpen: false, noMessage: true, body: '' },
  /** A sign-in waiting for the authenticator app: the code is the app's, so the flow sends nothing. */
  authenticator_signin: { ...AUTH, reuseOpen: false, noMessage: true, body: '' },
  submit: { ...AUTH, body: 'Код для подписания заявления в Окне: {code}. Действует 5 минут. Никому его не сообщайте.' },
  /** 3-D Secure: the bank's SMS names the amount and the card, so the payer sees what they approve. */
  payment_card: { ...PAYMENT, body: 'Подтверждение оплаты {amount} картой {card}. Код: {code}. Никому его не сообщайте.' },
  /** The mobile operator's SMS for paying from the phone's balance. */
  payment_mobile: { ...PAYMENT, body: 'Оплата {amount} со счёта телефона. Код: {code}. Никому его не сообщайте.' },
} as const satisfies Record<string, CodePurposeRule>;

export type CodePurpose = keyof typeof CODE_PURPOSES;

/** The e-mail subject of every code. */
const SUBJECT = 'Код подтверждения: {code}';

const fillIn = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export function codeMessage(purpose: CodePurpose, code: string, values: Readonly<Record<string, string>> = {}): { subject: string; body: string } {
  const all = { ...values, code };
  return { subject: fillIn(SUBJECT, all), body: fillIn(CODE_PURPOSES[purpose].body, all) };
}

export const purposeRule = (purpose: CodePurpose): CodePurposeRule => CODE_PURPOSES[purpose];
