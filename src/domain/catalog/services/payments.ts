// Paying what the state charges: traffic fines and tax arrears. Neither has a state fee of its own;
// the amount to pay comes from the charging body, not from the service definition.
import type { Service } from '../serviceSchema';
import { innField, input, option, personFields, selectField, t, textField } from './formFields';

export const finePayment = {
  id: 'fine-payment',
  code: '10000040817',
  title: { ru: 'Оплата штрафов ГИБДД', en: 'Paying traffic police fines' },
  summary: {
    ru: 'Найти и оплатить штрафы по номеру водительского удостоверения, СТС или постановления',
    en: 'Find and pay fines by driving licence, vehicle registration certificate or ruling number',
  },
  description: {
    ru:
      'Штрафы ищут по номеру водительского удостоверения, свидетельства о регистрации машины (СТС) ' +
      'или по номеру постановления (УИН). Многие штрафы за нарушение ПДД можно оплатить вдвое дешевле, ' +
      'если успеть в первые 20 дней после вынесения постановления. Скидка не действует для ряда серьёзных ' +
      'нарушений — например, повторных или связанных с опьянением. Платите картой, через онлайн-банк или по QR-коду; ' +
      'квитанция сохранится в разделе «Мои платежи».',
    en:
      'Fines are found by driving licence number, vehicle registration certificate number or ruling number (UIN). ' +
      'Many traffic fines cost half as much if paid within 20 days of the ruling. The discount does not apply ' +
      'to some serious offences, such as repeated ones or drink-driving. Pay by card, online bank or QR code; ' +
      'the receipt is kept under “My payments”.',
  },
  category: 'payments',
  kind: 'online',
  term: 'instant',
  termDays: { min: 0, max: 0 },
  fee: null,
  whoMayApply: {
    ru: 'Любой пользователь портала: можно оплатить и свой штраф, и чужой — по номеру постановления.',
    en: 'Any portal user: you can pay your own fine or someone else’s by its ruling number.',
  },
  identityLevel: 'unconfirmed',
  documents: [],
  tool: { to: '/fines', label: { ru: 'Найти и оплатить штрафы', en: 'Find and pay fines' } },
  results: ['electronic'],
  steps: [
    {
      id: 'fine',
      title: t('Штраф', 'Fine'),
      fields: [
        textField('resolutionNumber', t('Номер постановления (УИН)', 'Ruling number (UIN)'), {
          hint: t('20 или 25 цифр — есть в постановлении и в уведомлении о штрафе', '20 or 25 digits, printed on the ruling and the notice'),
        }),
        input('receiptEmail', 'email', t('Почта для квитанции', 'E-mail for the receipt'), { prefill: 'email', optional: true }),
      ],
    },
  ],
  keywords: ['штраф', 'штрафы ПДД', 'ГИБДД', 'Госавтоинспекция', 'скидка 50%', 'УИН', 'постановление', 'камера', 'fine', 'traffic fine', 'penalty'],
} satisfies Service;

export const taxPayment = {
  id: 'tax-payment',
  code: '10000040925',
  title: { ru: 'Оплата налоговой задолженности', en: 'Paying tax arrears' },
  summary: {
    ru: 'Проверить и погасить долги по налогам на имущество, транспорт, землю и НДФЛ',
    en: 'Check and pay off arrears of property, vehicle, land and personal income tax',
  },
  description: {
    ru:
      'Портал запрашивает в налоговой службе начисления по вашему ИНН: транспортный и земельный налоги, ' +
      'налог на имущество, НДФЛ и пени. Платёж зачисляется на единый налоговый счёт, ' +
      'а оттуда деньги распределяются в счёт долгов — сначала по самым ранним. ' +
      'Налоги на имущество за прошлый год нужно заплатить до 1 декабря; после этого начисляются пени.',
    en:
      'The portal asks the tax service for charges under your taxpayer number (INN): vehicle and land tax, ' +
      'property tax, personal income tax and late-payment interest. The payment goes to your single tax account, ' +
      'which then covers the debts, oldest first. Property taxes for the previous year are due by 1 December; ' +
      'after that, interest accrues.',
  },
  category: 'taxes',
  kind: 'online',
  term: 'instant',
  termDays: { min: 0, max: 0 },
  fee: null,
  whoMayApply: {
    ru: 'Пользователь с ИНН в профиле; данные паспорта и СНИЛС должны пройти проверку.',
    en: 'A user with an INN in the profile whose passport and SNILS details have been checked.',
  },
  identityLevel: 'standard',
  documents: [],
  results: ['electronic'],
  steps: [
    { id: 'taxpayer', title: t('Налогоплательщик', 'Taxpayer'), fields: [...personFields(), innField()] },
    {
      id: 'debt',
      title: t('Что оплатить', 'What to pay'),
      fields: [
        selectField('taxKind', t('Налог', 'Tax'), [
          option('all', 'Все начисления', 'Everything due'),
          option('property', 'Налог на имущество', 'Property tax'),
          option('transport', 'Транспортный налог', 'Vehicle tax'),
          option('land', 'Земельный налог', 'Land tax'),
          option('income', 'НДФЛ', 'Personal income tax'),
        ]),
      ],
    },
  ],
  keywords: ['налоги', 'налоговый долг', 'задолженность', 'ЕНС', 'единый налоговый счёт', 'ИНН', 'транспортный налог', 'пени'],
} satisfies Service;
