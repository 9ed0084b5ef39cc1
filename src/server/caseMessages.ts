// SMS and e-mail texts for a case's notices, in Russian as a real department would send them.
import type { DueNotice } from '../domain/lifecycle/types';
import { rejectionReasonsRu } from '../i18n/reasons.ru';

const MOSCOW_TIME = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });

const WAYS: Record<string, string> = {
  electronic: 'Электронный документ ждёт вас в личном кабинете.',
  office: 'Заберите документ в МФЦ, показав QR-код из заявления.',
  post: 'Документ передан на доставку почтой.',
};

export function noticeMessage(notice: DueNotice, service: string): { subject: string; body: string } {
  const { number, deadline, reason, way, validUntil } = notice.params;
  const at = (value: unknown) => MOSCOW_TIME.format(Number(value));
  switch (notice.kind) {
    case 'registered':
      return {
        subject: `Заявление ${number} отправлено`,
        body: `Заявление «${service}» отправлено в ведомство. Номер: ${number}. Статус можно смотреть в разделе «Мои заявления».`,
      };
    case 'accepted':
      return {
        subject: `Заявление ${number} принято`,
        body: `Ведомство приняло заявление ${number} («${service}») и скоро начнёт его рассматривать. Отозвать его ещё можно на странице заявления.`,
      };
    case 'processing':
      return {
        subject: `Заявление ${number} на рассмотрении`,
        body: `Ведомство начало рассматривать заявление ${number} («${service}»). Если понадобятся документы, мы сообщим.`,
      };
    case 'documents_requested':
      return {
        subject: `Заявление ${number}: нужны документы`,
        body: `По заявлению ${number} («${service}») ведомство просит документы. Загрузите их до ${at(deadline)}, иначе в услуге откажут.`,
      };
    case 'deadline_reminder':
      return {
        subject: `Заявление ${number}: остались сутки`,
        body: `Напоминаем: по заявлению ${number} срок истекает ${at(deadline)}.`,
      };
    case 'ready':
      return { subject: `Заявление ${number}: результат готов`, body: `Услуга «${service}» оказана. ${WAYS[String(way)] ?? ''}`.trim() };
    case 'rejected':
      return {
        subject: `Заявление ${number}: отказ`,
        body: `По заявлению ${number} («${service}») отказано: ${(rejectionReasonsRu as Record<string, string>)[String(reason)] ?? 'причина указана в заявлении'}. Исправьте и подайте заново.`,
      };
    case 'issued':
      return { subject: `Заявление ${number}: документ вручён`, body: `Документ по заявлению ${number} вручён.` };
    case 'withdrawn':
      return {
        subject: `Заявление ${number} отозвано`,
        body: `Вы отозвали заявление ${number} («${service}»). Ведомство его рассматривать не будет. Если услуга ещё нужна, подайте новое заявление.`,
      };
    case 'returned':
      return {
        subject: `Заявление ${number}: документ возвращён в архив`,
        body: `Документ по заявлению ${number} («${service}») не забрали в МФЦ в срок, и он возвращён в архив ведомства. Чтобы получить его, подайте новое заявление или запрос со страницы заявления.`,
      };
    case 'question_answered':
      return {
        subject: `Заявление ${number}: ответ ведомства`,
        body: `Ведомство ответило на ваш вопрос по заявлению ${number} («${service}»). Ответ — на странице заявления.`,
      };
    case 'result_expiring':
      return {
        subject: `Справка по заявлению ${number} скоро истечёт`,
        body: `Справка по заявлению ${number} действует до ${at(validUntil)}. Если она ещё нужна, закажите новую.`,
      };
  }
}
