// Guides to the form fields people most often get wrong: their exact format and where to find the value.
import { article } from './build';

export const FIELD_GUIDES = [
  article({
    id: 'field-snils',
    kind: 'field',
    category: 'profile',
    title: ['Поле «СНИЛС»: формат и где найти', 'The «SNILS» field: format and where to find it'],
    summary: [
      'Одиннадцать цифр в виде XXX-XXX-XXX YY; последние две — контрольное число, поэтому опечатка сразу видна.',
      'Eleven digits as XXX-XXX-XXX YY; the last two are a check number, so a typo shows at once.',
    ],
    body: [
      [
        'Номер есть на страховом свидетельстве или в выписке из Социального фонда.',
        'The number is on your insurance certificate or a Social Fund statement.',
      ],
      [
        'Ошибка «неверное контрольное число» значит, что одна из цифр введена неверно.',
        'A «wrong check number» error means one of the digits is wrong.',
      ],
    ],
    keywords: {
      ru: ['снилс', 'страховой номер', 'контрольное число', 'формат снилс'],
      en: ['snils', 'insurance number', 'check number', 'snils format'],
    },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'field-inn',
    kind: 'field',
    category: 'profile',
    title: ['Поле «ИНН»', 'The «INN» field'],
    summary: [
      'У человека ИНН из 12 цифр, у организации — из 10. Две последние цифры контрольные.',
      "A person's INN has 12 digits, an organisation's 10. The last digits are check digits.",
    ],
    body: [
      ['ИНН указан в свидетельстве о постановке на учёт в налоговом органе.', 'The INN is on your tax registration certificate.'],
      [
        'Поле необязательное: если ИНН нет в профиле, его не спросят.',
        'The field is optional: if it is not in your profile, forms will not ask for it.',
      ],
    ],
    keywords: { ru: ['инн', 'налоговый номер', 'идентификационный номер'], en: ['inn', 'tax number', 'taxpayer number'] },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'field-passport',
    kind: 'field',
    category: 'profile',
    title: ['Поля паспорта', 'Passport fields'],
    summary: [
      'Серия — 4 цифры, номер — 6 цифр, код подразделения — XXX-XXX; дата выдачи не в будущем.',
      'Series is 4 digits, number 6 digits, the division code XXX-XXX; the issue date cannot be in the future.',
    ],
    body: [
      ['Вводите цифры без пробелов: разделители поле поставит само.', 'Type digits without spaces: the field adds separators itself.'],
      ['«Кем выдан» перепишите так, как в паспорте.', 'Copy «Issued by» exactly as in the passport.'],
    ],
    keywords: {
      ru: ['паспорт', 'серия', 'номер паспорта', 'код подразделения', 'кем выдан'],
      en: ['passport', 'series', 'passport number', 'division code', 'issued by'],
    },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'field-address',
    kind: 'field',
    category: 'profile',
    title: ['Адрес: как заполнить без ошибок', 'Address: how to fill it in correctly'],
    summary: [
      'Адрес вводится по частям: регион, город, улица, дом, квартира, индекс из 6 цифр. Сокращения не нужны.',
      'The address is entered in parts: region, city, street, house, flat, a 6-digit postal index. No abbreviations.',
    ],
    body: [
      [
        '«ул.» пишется как «улица», «д.» как «дом», «кв.» как «квартира».',
        '«ул.» is written as «улица» (street), «д.» as «дом» (house), «кв.» as «квартира» (flat).',
      ],
      ['Кнопка «Проверить адрес» исправит запись и покажет расхождения.', 'The «Check address» button tidies the entry and shows mismatches.'],
    ],
    keywords: {
      ru: ['адрес', 'адрес регистрации', 'индекс', 'прописка', 'сокращения'],
      en: ['address', 'registration address', 'postal code', 'abbreviations'],
    },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'field-phone-email',
    kind: 'field',
    category: 'profile',
    title: ['Телефон и электронная почта', 'Phone and e-mail'],
    summary: [
      'Телефон в виде +7XXXXXXXXXX (11 цифр), почта в виде имя@домен. На них приходят коды и уведомления.',
      'Phone as +7XXXXXXXXXX (11 digits), e-mail as name@domain. Codes and notices go to them.',
    ],
    body: [
      ['Номер с восьмёркой поле превратит в +7 само.', 'A number starting with 8 is turned into +7 by the field.'],
      [
        'Сменили номер — обновите профиль, иначе не сможете восстановить пароль по SMS.',
        'Changed your number? Update the profile, or a password reset by SMS will not reach you.',
      ],
    ],
    keywords: { ru: ['телефон', 'номер телефона', 'почта', 'email', 'сменить номер'], en: ['phone', 'phone number', 'email', 'change number'] },
    links: [['/profile/data', ['Мои данные', 'My data']]],
  }),
  article({
    id: 'field-password',
    kind: 'field',
    category: 'signin',
    title: ['Требования к паролю', 'Password requirements'],
    summary: [
      'Не короче 8 символов, заглавные и строчные буквы, цифры и спецсимвол, без повторов вроде «aaa» или «123».',
      'At least 8 characters with upper and lower case letters, digits and a special character, with no runs like «aaa» or «123».',
    ],
    body: [
      ['Поле сразу показывает, каких условий не хватает.', 'The field shows at once which rules are not met.'],
      ['Не используйте пароль от почты или соцсетей.', 'Do not reuse your e-mail or social network password.'],
    ],
    keywords: {
      ru: ['пароль', 'требования к паролю', 'сложный пароль', 'пароль не подходит'],
      en: ['password', 'password rules', 'strong password', 'password rejected'],
    },
    links: [['/register', ['Регистрация', 'Registration']]],
  }),
  article({
    id: 'field-date-time',
    kind: 'field',
    category: 'general',
    title: ['Дата и время в формах', 'Dates and times in forms'],
    summary: [
      'Дата вводится как ДД.ММ.ГГГГ, время — как ЧЧ:ММ по 24 часам; время сбоя не может быть в будущем.',
      'Dates are DD.MM.YYYY, times HH:MM on the 24-hour clock; the time of a problem cannot be in the future.',
    ],
    body: [
      ['Точное время сбоя помогает поддержке сразу найти его в журналах.', 'The exact time of a failure helps support find it in the logs at once.'],
      ['Время указывается по Москве.', 'Times are Moscow time.'],
    ],
    keywords: { ru: ['дата', 'время', 'формат даты', 'дата рождения'], en: ['date', 'time', 'date format', 'date of birth'] },
  }),
];
