// SMS and e-mail texts for an appeal's notices, in Russian as a real department writes them.
import type { AppealNotice } from '../../domain/appeals/types';

const MOSCOW_TIME = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });

const STATUS: Record<string, string> = {
  accepted: 'зарегистрировано',
  in_processing: 'передано специалисту',
  expert_review: 'направлено на экспертизу',
  rechecked: 'перепроверено с новыми материалами',
  refused: 'отклонено без рассмотрения',
  closed: 'закрыто',
};

export function appealMessage(notice: AppealNotice): { subject: string; body: string } {
  const { number, status, deadline } = notice.params;
  switch (notice.kind) {
    case 'sent':
      return { subject: `Обращение № ${number} получено`, body: `Ваше обращение № ${number} получено. Следить за ним можно в разделе «Мои обращения».` };
    case 'documents':
      return { subject: `Обращение № ${number}: нужны материалы`, body: `По обращению № ${number} специалист просит дополнительные материалы. Срок рассмотрения приостановлен до их получения.` };
    case 'extended':
      return { subject: `Обращение № ${number}: срок продлён`, body: `Срок ответа на обращение № ${number} продлён. Причина и новая дата — на странице обращения.` };
    case 'answered':
      return { subject: `Ответ на обращение № ${number}`, body: `На обращение № ${number} дан ответ. Прочитать и скачать его можно в разделе «Мои обращения».` };
    case 'warning':
      return { subject: `Обращение № ${number}: срок скоро истечёт`, body: `Срок ответа на обращение № ${number} истекает ${MOSCOW_TIME.format(Number(deadline))}.` };
    case 'breach':
      return { subject: `Обращение № ${number}: срок нарушен`, body: `Ответ на обращение № ${number} не дан в срок. Вы можете отправить его повторно или обжаловать бездействие.` };
    case 'call':
      return {
        subject: `Обратный звонок по запросу № ${number}`,
        body: `Входящий звонок (имитация): специалист поддержки позвонил на номер ${notice.params.phone} по запросу № ${number} и рассказал, как идёт работа.`,
      };
    case 'status':
      return { subject: `Обращение № ${number}`, body: `Обращение № ${number} ${STATUS[String(status)] ?? 'сменило статус'}.` };
  }
}
