// The catalog's way out: a person who did not find a service suggests adding it.
import type { Service } from '../serviceSchema';
import { input, longTextField, t, textField } from './formFields';

export const missingService = {
  id: 'missing-service',
  code: '10000099990',
  title: { ru: 'Не нашли услугу? Предложите добавить', en: 'Can’t find a service? Suggest adding it' },
  summary: {
    ru: 'Расскажите, что хотели сделать, — мы рассмотрим предложение и ответим',
    en: 'Tell us what you wanted to do — we will consider it and reply',
  },
  description: {
    ru:
      'Опишите, какую услугу вы искали, зачем она нужна и в какое ведомство за ней сейчас приходится идти. ' +
      'Предложение рассматривают до 30 дней, ответ придёт в личный кабинет. ' +
      'Это не заявление на саму услугу: получить её через это обращение нельзя. ' +
      'Самые частые просьбы учитывают, когда решают, какие услуги добавить в каталог.',
    en:
      'Describe the service you looked for, why you need it and which office you currently have to visit for it. ' +
      'Suggestions are reviewed within 30 days and the reply arrives in your account. ' +
      'This is not an application for the service itself and cannot deliver it. ' +
      'The most frequent requests are weighed when deciding which services to add to the catalog.',
  },
  category: 'other',
  kind: 'online',
  term: 'week_plus',
  termDays: { min: 10, max: 22 },
  fee: null,
  whoMayApply: {
    ru: 'Любой пользователь портала, даже без подтверждённой учётной записи.',
    en: 'Any portal user, even without a confirmed account.',
  },
  identityLevel: 'unconfirmed',
  documents: [],
  results: ['electronic'],
  steps: [
    {
      id: 'suggestion',
      title: t('Предложение', 'Suggestion'),
      fields: [
        textField('serviceTitle', t('Какую услугу вы искали', 'The service you looked for')),
        longTextField('description', t('Что вы хотели сделать и зачем', 'What you wanted to do, and why'), {
          hint: t('Чем подробнее, тем проще понять, какой услуги не хватает', 'The more detail, the easier it is to see what is missing'),
        }),
        textField('currentAgency', t('Куда за ней приходится идти сейчас', 'Where you have to go for it now'), { optional: true }),
        input('contactEmail', 'email', t('Почта для ответа', 'E-mail for the reply'), { prefill: 'email' }),
      ],
    },
  ],
  keywords: ['предложить услугу', 'нет услуги', 'добавить услугу', 'не нашёл', 'идея', 'обратная связь'],
} satisfies Service;
