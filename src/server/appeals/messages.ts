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

/** The same notices for a support request: a request (masculine in Russian), answered by support. */
const SUPPORT_STATUS: Record<string, string> = {
  accepted: 'зарегистрирован',
  in_processing: 'передан специалисту поддержки',
  refused: 'отклонён',
  closed: 'закрыт',
};

function supportMessage(notice: AppealNotice): { subject: string; body: string } | undefined {
  const { number, status, deadline } = notice.params;
  switch (notice.kind) {
    case 'sent':
      return {
        subject: `Запрос в поддержку № ${number} получен`,
        body: `Ваш запрос в поддержку № ${number} получен. Следить за ним можно в разделе «Мои обращения».`,
      };
    case 'answered':
      return {
        subject: `Ответ поддержки на запрос № ${number}`,
        body: `Поддержка ответила на запрос № ${number}. Прочитать ответ можно в разделе «Мои обращения».`,
      };
    case 'extended':
      return {
        subject: `Запрос № ${number}: срок продлён`,
        body: `Срок ответа на запрос № ${number} продлён. Причина и новое время — на странице запроса.`,
      };
    case 'warning':
      return {
        subject: `Запрос № ${number}: срок скоро истечёт`,
        body: `Срок ответа на запрос № ${number} истекает ${MOSCOW_TIME.format(Number(deadline))}.`,
      };
    case 'breach':
      return {
        subject: `Запрос № ${number}: срок нарушен`,
        body: `Поддержка не ответила на запрос № ${number} в срок. Можно отправить его повторно или пожаловаться.`,
      };
    case 'status':
      return {
        subject: `Запрос в поддержку № ${number}`,
        body: `Запрос в поддержку № ${number} ${SUPPORT_STATUS[String(status)] ?? 'сменил статус'}.`,
      };
    default:
      return undefined;
  }
}

/** `type` is the appeal's type: a support request is named as one. */
export function appealMessage(notice: AppealNotice, type?: string): { subject: string; body: string } {
  if (type === 'support') {
    const support = supportMessage(notice);
    if (support) return support;
  }
  const { number, status, deadline } = notice.params;
  switch (notice.kind) {
    case 'sent':
      return {
        subject: `Обращение № ${number} получено`,
        body: `Ваше обращение № ${number} получено. Следить за ним можно в разделе «Мои обращения».`,
      };
    case 'documents':
      return {
        subject: `Обращение № ${number}: нужны материалы`,
        body: `По обращению № ${number} специалист просит дополнительные материалы. Срок рассмотрения приостановлен до их получения.`,
      };
    case 'extended':
      return {
        subject: `Обращение № ${number}: срок продлён`,
        body: `Срок ответа на обращение № ${number} продлён. Причина и новая дата — на странице обращения.`,
      };
    case 'answered':
      return {
        subject: `Ответ на обращение № ${number}`,
        body: `На обращение № ${number} дан ответ. Прочитать и скачать его можно в разделе «Мои обращения».`,
      };
    case 'warning':
      return {
        subject: `Обращение № ${number}: срок скоро истечёт`,
        body: `Срок ответа на обращение № ${number} истекает ${MOSCOW_TIME.format(Number(deadline))}.`,
      };
    case 'breach':
      return {
        subject: `Обращение № ${number}: срок нарушен`,
        body: `Ответ на обращение № ${number} не дан в срок. Вы можете отправить его повторно или обжаловать бездействие.`,
      };
    case 'call':
      return {
        subject: `Обратный звонок по запросу № ${number}`,
        body: `Входящий звонок (имитация): специалист поддержки позвонил на номер ${notice.params.phone} по запросу № ${number} и рассказал, как идёт работа.`,
      };
    case 'status':
      return { subject: `Обращение № ${number}`, body: `Обращение № ${number} ${STATUS[String(status)] ?? 'сменило статус'}.` };
  }
}
