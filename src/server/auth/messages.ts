// Texts of the SMS and e-mails the simulated departments «send». They are what a real portal would
// send in Russian; they land in the simulated inbox and never leave the device.
import type { CodePurpose } from '../rows';

const PURPOSE_TEXT: Record<CodePurpose, string> = {
  register: 'регистрации в Окне',
  second_factor: 'входа в Окно',
  reset: 'восстановления пароля в Окне',
  submit: 'подписания заявления в Окне',
};

export function codeMessage(purpose: CodePurpose, code: string): { subject: string; body: string } {
  return {
    subject: `Код подтверждения: ${code}`,
    body: `Код для ${PURPOSE_TEXT[purpose]}: ${code}. Действует 5 минут. Никому его не сообщайте.`,
  };
}

export function welcomeMessage(name: string): { subject: string; body: string } {
  return {
    subject: 'Учётная запись создана',
    body: `${name}, ваша учётная запись в Окне создана. Чтобы открыть больше услуг, подтвердите личность в профиле.`,
  };
}

export function passwordChangedMessage(): { subject: string; body: string } {
  return {
    subject: 'Пароль изменён',
    body: 'Пароль от Окна изменён, все сеансы завершены. Если это были не вы, восстановите доступ и обратитесь в поддержку.',
  };
}

export function identityConfirmedMessage(): { subject: string; body: string } {
  return {
    subject: 'Личность подтверждена',
    body: 'Ваша личность подтверждена: в Окне доступны все услуги.',
  };
}
