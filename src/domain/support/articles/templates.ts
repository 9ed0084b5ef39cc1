// Ready texts of support requests and appeals per kind of problem: the person copies one into the form
// and fills in the brackets. Each gives the problem in one or two sentences and the result wanted.
import { article } from './build';

export const TEMPLATES = [
  article({
    id: 'template-cannot-sign-in',
    kind: 'template',
    category: 'signin',
    title: ['Шаблон: не могу войти в учётную запись', 'Template: I cannot sign in'],
    summary: [
      'Для категории «Вход и регистрация»: что вводили, что увидели и чего ждёте.',
      'For «Sign-in and registration»: what you entered, what you saw and what you want.',
    ],
    body: [
      [
        'С [дата, время] не могу войти по [телефону / e-mail / СНИЛС]. Появляется сообщение «[текст ошибки]».',
        'Since [date, time] I cannot sign in with my [phone / e-mail / SNILS]. The message «[error text]» appears.',
      ],
      [
        'Пробовал(а): восстановить пароль, другой браузер. Прошу восстановить доступ к учётной записи.',
        'I tried resetting the password and another browser. Please restore access to my account.',
      ],
    ],
    keywords: { ru: ['шаблон', 'не могу войти', 'доступ', 'образец'], en: ['template', 'cannot sign in', 'access', 'sample'] },
    links: [['/reset', ['Восстановить пароль', 'Reset password']]],
  }),
  article({
    id: 'template-payment-missing',
    kind: 'template',
    category: 'payments',
    title: ['Шаблон: деньги списаны, а платёж не виден', 'Template: money taken but the payment is not shown'],
    summary: [
      'Для категории «Платежи, штрафы и возвраты»: сумма, время, способ и номер операции.',
      'For «Payments, fines and refunds»: amount, time, method and transaction number.',
    ],
    body: [
      [
        '[дата, время] оплатил(а) [пошлину / штраф] на [сумма] ₽ [картой / кошельком]. Деньги списаны, но квитанции в «Мои платежи» нет.',
        'On [date, time] I paid a [fee / fine] of [amount] ₽ by [card / wallet]. The money was taken but there is no receipt in «Payments».',
      ],
      [
        'Номер операции из банка: [номер]. Прошу зачесть платёж или вернуть деньги.',
        'Bank transaction number: [number]. Please credit the payment or refund it.',
      ],
    ],
    keywords: {
      ru: ['шаблон', 'деньги списаны', 'платеж не прошел', 'не зачислен', 'образец'],
      en: ['template', 'money taken', 'payment failed', 'not credited', 'sample'],
    },
    links: [['/payments', ['Мои платежи', 'Payments']]],
  }),
  article({
    id: 'template-refusal-complaint',
    kind: 'template',
    category: 'documents',
    title: ['Шаблон: жалоба на отказ в услуге', 'Template: complaint about a refused application'],
    summary: [
      'Для обжалования отказа: номер заявления, причина отказа и почему вы с ней не согласны.',
      'To contest a refusal: the application number, the reason given and why you disagree.',
    ],
    body: [
      ['По заявлению № [номер] от [дата] отказано по причине «[причина]».', 'Application no. [number] of [date] was refused for «[reason]».'],
      [
        'Считаю отказ неверным, потому что [объяснение, какие документы были приложены]. Прошу пересмотреть решение и оказать услугу.',
        'I believe the refusal is wrong because [explanation, which documents were attached]. Please review the decision and provide the service.',
      ],
    ],
    keywords: {
      ru: ['шаблон', 'жалоба на отказ', 'отказали', 'обжаловать отказ', 'образец'],
      en: ['template', 'refusal complaint', 'refused', 'contest refusal', 'sample'],
    },
    links: [
      ['/appeals', ['Обращения', 'Appeals']],
      ['/applications', ['Мои заявления', 'My applications']],
    ],
  }),
  article({
    id: 'template-technical-error',
    kind: 'template',
    category: 'technical',
    title: ['Шаблон: ошибка на странице', 'Template: an error on a page'],
    summary: [
      'Для категории «Технические сбои»: страница, действие, текст ошибки, время и снимок экрана.',
      'For «Technical failures»: page, action, error text, time and a screenshot.',
    ],
    body: [
      [
        '[дата, время] на странице «[название]» при нажатии «[кнопка]» появилась ошибка «[текст или код]».',
        'On [date, time] on the «[name]» page, pressing «[button]» showed the error «[text or code]».',
      ],
      [
        'Пробовал(а): обновить страницу, очистить кэш. Снимок экрана прилагаю. Прошу устранить ошибку.',
        'I tried reloading and clearing the cache. A screenshot is attached. Please fix the error.',
      ],
    ],
    keywords: { ru: ['шаблон', 'ошибка', 'сбой', 'не работает', 'образец'], en: ['template', 'error', 'failure', 'not working', 'sample'] },
  }),
  article({
    id: 'template-profile-data',
    kind: 'template',
    category: 'profile',
    title: ['Шаблон: неверные данные в профиле', 'Template: wrong data in my profile'],
    summary: [
      'Для категории «Настройки профиля»: какое поле, что в нём сейчас и как должно быть.',
      'For «Profile settings»: which field, what it holds now and what it should be.',
    ],
    body: [
      [
        'В профиле поле «[поле]» показывает «[сейчас]», а по документу должно быть «[верно]». Изменить сам(а) не могу: [причина].',
        'In my profile the «[field]» field shows «[now]», but my document says «[correct]». I cannot change it myself because [reason].',
      ],
      ['Скан документа прилагаю. Прошу исправить данные.', 'A scan of the document is attached. Please correct the data.'],
    ],
    keywords: {
      ru: ['шаблон', 'неверные данные', 'ошибка в данных', 'исправить профиль', 'образец'],
      en: ['template', 'wrong data', 'incorrect profile', 'correct profile', 'sample'],
    },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'template-suggestion',
    kind: 'template',
    category: 'general',
    title: ['Шаблон: предложение или отзыв', 'Template: a suggestion or feedback'],
    summary: [
      'Для категории «Общие вопросы и предложения»: что предлагаете и чем это поможет.',
      'For «General questions and suggestions»: what you propose and how it helps.',
    ],
    body: [
      ['Предлагаю [что изменить или добавить] в разделе «[раздел]».', 'I suggest [what to change or add] in the «[section]» section.'],
      ['Это поможет [кому и чем]. Готов(а) ответить на вопросы.', 'It would help [whom and how]. I am happy to answer questions.'],
    ],
    keywords: { ru: ['шаблон', 'предложение', 'отзыв', 'идея', 'пожелание'], en: ['template', 'suggestion', 'feedback', 'idea', 'wish'] },
    links: [['/appeals', ['Обращения', 'Appeals']]],
  }),
];
