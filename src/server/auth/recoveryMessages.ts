// What support sends about a request to restore access (issue 19.12), in Russian as the portal sends it.
// Times are written in Moscow time, as every message of the portal.
import { formatMoscowDateTime } from '../../domain/calendar';

export const recoveryMessages = {
  received: (number: string) => ({
    subject: `Запрос на восстановление доступа № ${number} принят`,
    body: `Запрос на восстановление доступа к Окну № ${number} принят. Сотрудник проверит данные и ответит сюда в течение суток.`,
  }),
  approved: (number: string, password: string, until: number) => ({
    subject: 'Временный пароль от Окна',
    body:
      `По запросу № ${number} доступ восстановлен. Временный пароль: ${password}. Он действует до ${formatMoscowDateTime(until)}; ` +
      'при входе Окно попросит сразу задать свой пароль. Никому не сообщайте временный пароль.',
  }),
  refused: (number: string) => ({
    subject: `Запрос № ${number}: доступ не восстановлен`,
    body: `По запросу № ${number} доступ не восстановлен: данные не совпали с учётной записью. Проверьте ФИО, дату рождения, СНИЛС или паспорт и отправьте запрос снова либо обратитесь в МФЦ с паспортом.`,
  }),
};
