// Texts of the SMS and e-mails the simulated departments «send». They are what a real portal would
// send in Russian; they land in the simulated inbox and never leave the device.
// The texts of one-time codes are in codePurposes.ts, beside the rules of each kind of code.
import type { IdentityRefusalReason } from '../../domain/identityRefusal';

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

const REFUSAL_TEXT: Record<IdentityRefusalReason, string> = {
  data_mismatch: 'данные на скане не совпадают с данными профиля. Проверьте «Мои данные» и отправьте скан снова.',
  bad_quality: 'скан или селфи плохого качества. Сфотографируйте разворот паспорта целиком, без бликов, и отправьте снова.',
};

export function identityRefusedMessage(reason: IdentityRefusalReason): { subject: string; body: string } {
  return {
    subject: 'Личность не подтверждена',
    body: `Проверка скана паспорта и селфи не пройдена: ${REFUSAL_TEXT[reason]}`,
  };
}
