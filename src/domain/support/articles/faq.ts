// Frequently asked questions about reaching support (the ten of the support-channels source and a few
// more), answered for Okno's own screens.
import { article } from './build';

export const FAQ = [
  article({
    id: 'faq-request-number',
    kind: 'faq',
    category: 'general',
    title: ['Как узнать номер обращения', 'How to find your request number'],
    summary: [
      'Номер появляется на экране сразу после отправки, приходит письмом и хранится в «Мои обращения».',
      'The number appears on screen right after sending, arrives by e-mail and stays in «My requests».',
    ],
    body: [
      [
        'Отправьте обращение или запрос в поддержку — на экране подтверждения будет восьмизначный номер.',
        'Send an appeal or a support request: the confirmation screen shows an eight-digit number.',
      ],
      ['Та же цифра приходит письмом в «Сообщения» → «Почта».', 'The same number arrives by e-mail in «Messages» → «Mail».'],
      ['Позже номер всегда можно найти в разделе «Обращения» → «Мои обращения».', 'Later you can always find it under «Appeals» → «My requests».'],
    ],
    keywords: {
      ru: ['номер обращения', 'номер заявки', 'идентификатор', 'подтверждение'],
      en: ['request number', 'ticket number', 'reference', 'confirmation'],
    },
    links: [
      ['/appeals', ['Мои обращения', 'My requests']],
      ['/inbox', ['Сообщения', 'Messages']],
    ],
  }),
  article({
    id: 'faq-phone',
    kind: 'faq',
    category: 'general',
    title: ['Где найти телефон поддержки', 'Where to find the support phone number'],
    summary: [
      'Все телефоны, адреса и часы работы собраны на странице «Контакты поддержки».',
      'Every phone number, address and opening hour is on the «Support contacts» page.',
    ],
    body: [
      [
        'Откройте «Помощь» → «Контакты поддержки» или ссылку «Обратная связь» внизу любой страницы.',
        'Open «Help» → «Support contacts», or the «Feedback» link at the bottom of any page.',
      ],
      [
        'Горячая линия 8 800 301-44-00 принимает звонки круглосуточно, бесплатно по России.',
        'The hotline 8 800 301-44-00 takes calls round the clock, free within Russia.',
      ],
    ],
    keywords: {
      ru: ['телефон', 'горячая линия', 'позвонить', 'номер телефона', 'контакты', 'колл-центр'],
      en: ['phone', 'hotline', 'call', 'contacts', 'call centre'],
    },
    links: [['/help/contacts', ['Контакты поддержки', 'Support contacts']]],
  }),
  article({
    id: 'faq-operator-hours',
    kind: 'faq',
    category: 'general',
    title: ['Когда работают операторы', 'When operators are on duty'],
    summary: [
      'Операторы отвечают в чате и по телефону с 08:00 до 22:00 по Москве без выходных; бот и горячая линия — круглосуточно.',
      'Operators answer in the chat and by phone from 08:00 to 22:00 Moscow time every day; the bot and the hotline work round the clock.',
    ],
    body: [
      [
        'Вне этих часов чат предложит оставить запрос в поддержку: его рассмотрят, как только начнётся смена.',
        'Outside these hours the chat offers a support request instead; it is taken up when the shift starts.',
      ],
      [
        'Письма и почтовые обращения читают с 09:00 до 18:00 по Москве, с понедельника по пятницу.',
        'E-mails and letters are read from 09:00 to 18:00 Moscow time, Monday to Friday.',
      ],
    ],
    keywords: {
      ru: ['часы работы', 'режим работы', 'время работы', 'оператор', 'выходные', 'ночью'],
      en: ['opening hours', 'working hours', 'operator', 'weekend', 'night'],
    },
    links: [['/help/contacts', ['Контакты поддержки', 'Support contacts']]],
  }),
  article({
    id: 'faq-chat',
    kind: 'faq',
    category: 'general',
    title: ['Как написать в чат поддержки', 'How to write to the support chat'],
    summary: [
      'Нажмите круглую кнопку «Помощь» в правом нижнем углу любой страницы и коротко опишите проблему.',
      'Press the round «Help» button in the bottom-right corner of any page and describe the problem in a few words.',
    ],
    body: [
      ['Бот предложит подходящие статьи и спросит, помогли ли они.', 'The bot offers matching articles and asks whether they helped.'],
      [
        'Если не помогли, нажмите «Перейти к оператору» — человек увидит всю переписку, повторять ничего не нужно.',
        'If they did not, press «Talk to an operator»: a person sees the whole conversation, so nothing needs repeating.',
      ],
      [
        'Страница под чатом не меняется: заполненная форма останется как была.',
        'The page under the chat stays as it was: a half-filled form is kept.',
      ],
    ],
    keywords: {
      ru: ['чат', 'онлайн-чат', 'бот', 'написать', 'переписка', 'оператор'],
      en: ['chat', 'online chat', 'bot', 'write', 'message', 'operator'],
    },
    links: [['/help', ['Помощь', 'Help']]],
  }),
  article({
    id: 'faq-email',
    kind: 'faq',
    category: 'general',
    title: ['Можно ли написать в поддержку по электронной почте', 'Can I write to support by e-mail'],
    summary: ['Да: support@okno.example. Ответ приходит в течение 24 часов.', 'Yes: support@okno.example. The answer comes within 24 hours.'],
    body: [
      [
        'В теме письма укажите услугу, в тексте — ФИО, телефон, номер заявления и что случилось.',
        'Put the service in the subject; in the text give your full name, phone, application number and what happened.',
      ],
      [
        'Быстрее всего получить ответ через чат или форму запроса: они сразу знают, кто вы.',
        'The chat or the request form is quicker: they already know who you are.',
      ],
    ],
    keywords: { ru: ['почта', 'электронная почта', 'email', 'письмо', 'e-mail'], en: ['email', 'e-mail', 'mail', 'letter'] },
    links: [['/help/contacts', ['Контакты поддержки', 'Support contacts']]],
  }),
  article({
    id: 'faq-closed-unsolved',
    kind: 'faq',
    category: 'general',
    title: ['Обращение закрыто, а проблема осталась', 'The request is closed but the problem remains'],
    summary: [
      'Откройте обращение в «Мои обращения» и нажмите «Проблема не решена» — оно вернётся в работу с той же историей.',
      'Open the request in «My requests» and press «Not solved»: it goes back to work with its history.',
    ],
    body: [
      [
        'Если кнопки уже нет, создайте новый запрос и укажите номер прежнего — их свяжут.',
        'If the button is gone, file a new request and give the old number: the two get linked.',
      ],
      [
        'Опишите, что именно осталось нерешённым, и приложите свежий снимок экрана.',
        'Say what exactly is still wrong and attach a fresh screenshot.',
      ],
    ],
    keywords: { ru: ['закрыто', 'не решена', 'переоткрыть', 'снова', 'не помогло'], en: ['closed', 'not solved', 'reopen', 'again', 'did not help'] },
    links: [['/appeals', ['Мои обращения', 'My requests']]],
  }),
  article({
    id: 'faq-request-status',
    kind: 'faq',
    category: 'general',
    title: ['Как узнать статус обращения', 'How to check the status of a request'],
    summary: [
      'В «Мои обращения» у каждого обращения цветной статус и срок ответа.',
      'In «My requests» every request shows a coloured status and the answer date.',
    ],
    body: [
      ['Откройте «Обращения» → «Мои обращения» и выберите номер.', 'Open «Appeals» → «My requests» and pick the number.'],
      [
        'На странице обращения видны все шаги с датой и временем и кто им занимается.',
        'The request page shows every step with date and time and who is handling it.',
      ],
      ['Когда статус меняется, приходит уведомление.', 'You get a notification when the status changes.'],
    ],
    keywords: {
      ru: ['статус', 'где мое обращение', 'отследить', 'ход рассмотрения', 'срок ответа'],
      en: ['status', 'track', 'progress', 'where is my request', 'answer date'],
    },
    links: [
      ['/appeals', ['Мои обращения', 'My requests']],
      ['/notifications', ['Уведомления', 'Notifications']],
    ],
  }),
  article({
    id: 'faq-office-consultation',
    kind: 'faq',
    category: 'general',
    title: ['Можно ли получить консультацию в офисе', 'Can I get advice at an office'],
    summary: [
      'Да: в МФЦ помогают с регистрацией, восстановлением доступа и ошибками в кабинете. Запишитесь на приём заранее.',
      'Yes: public service centres (MFC) help with registration, lost access and account errors. Book a visit first.',
    ],
    body: [
      ['Возьмите паспорт и СНИЛС.', 'Bring your passport and SNILS.'],
      ['С записью ждать в очереди не больше 5 минут, без неё — до 15.', 'With a booking you wait at most 5 minutes, without one up to 15.'],
    ],
    keywords: { ru: ['офис', 'мфц', 'лично', 'консультация', 'прийти'], en: ['office', 'mfc', 'in person', 'advice', 'visit'] },
    links: [['/catalog', ['Каталог услуг', 'Service catalog']]],
  }),
  article({
    id: 'faq-what-to-prepare',
    kind: 'faq',
    category: 'general',
    title: ['Что подготовить перед обращением в поддержку', 'What to have at hand before contacting support'],
    summary: [
      'ФИО, ИНН или СНИЛС, номер заявления, электронная почта учётной записи и снимок экрана с ошибкой.',
      'Your full name, INN or SNILS, the application number, the account e-mail and a screenshot of the error.',
    ],
    body: [
      [
        'Запишите дату и время, когда случилась проблема, и что вы уже пробовали.',
        'Note the date and time of the problem and what you already tried.',
      ],
      [
        'В чате Окна вводить СНИЛС не нужно: учётная запись уже вас называет.',
        "In Okno's chat you need not type your SNILS: your account identifies you.",
      ],
    ],
    keywords: {
      ru: ['документы', 'подготовить', 'что нужно', 'паспорт', 'снилс', 'скриншот'],
      en: ['documents', 'prepare', 'what do I need', 'passport', 'snils', 'screenshot'],
    },
    links: [['/help/contacts', ['Контакты поддержки', 'Support contacts']]],
  }),
  article({
    id: 'faq-speed-up',
    kind: 'faq',
    category: 'general',
    title: ['Как ускорить ответ поддержки', 'How to get a faster answer'],
    summary: [
      'Сразу укажите номер заявления, точное время сбоя, что пробовали, и приложите снимок экрана.',
      'Give the application number, the exact time of the failure and what you tried, and attach a screenshot.',
    ],
    body: [
      [
        'Выберите верную категорию: неверная отправляет запрос не тому отделу.',
        'Pick the right category: a wrong one sends the request to the wrong department.',
      ],
      [
        'Отвечайте на уточняющие вопросы сразу — пока ждут вашего ответа, срок стоит.',
        'Answer follow-up questions promptly: the term pauses while they wait for you.',
      ],
    ],
    keywords: { ru: ['ускорить', 'быстрее', 'долго', 'срочно'], en: ['faster', 'speed up', 'slow', 'urgent'] },
  }),
  article({
    id: 'faq-repeat-request',
    kind: 'faq',
    category: 'general',
    title: ['Нет ответа больше двух суток', 'No answer for more than two days'],
    summary: [
      'Если 48 часов ничего не меняется, нажмите «Повторный запрос» в карточке обращения: приоритет повысится.',
      'If nothing changes for 48 hours, press «Follow-up» on the request: its priority goes up.',
    ],
    body: [
      ['Повторный запрос связывается с первым, ничего не нужно писать заново.', 'The follow-up is linked to the first one; nothing needs rewriting.'],
      ['Можно попросить передать обращение старшему специалисту — это эскалация.', 'You may ask for a senior specialist: this is escalation.'],
    ],
    keywords: {
      ru: ['повторный запрос', 'нет ответа', 'долго нет ответа', 'эскалация', 'напомнить', '48 часов'],
      en: ['follow-up', 'no answer', 'escalation', 'remind', '48 hours'],
    },
    links: [['/appeals', ['Мои обращения', 'My requests']]],
  }),
  article({
    id: 'faq-disagree',
    kind: 'faq',
    category: 'general',
    title: ['Куда обратиться, если не согласны с ответом', 'Where to turn if you disagree with the answer'],
    summary: [
      'Подайте жалобу в «Обращения», а если не помогло — в региональный центр, уполномоченному или в суд.',
      'File a complaint under «Appeals»; if that fails, go to the regional centre, the ombudsman or the court.',
    ],
    body: [
      [
        'Жалобу на отказ рассматривают 15 рабочих дней, на отказ принять документы — 5.',
        'A complaint about a refusal takes 15 working days; about refusing to accept documents, 5.',
      ],
      ['Нарушения с персональными данными — к регулятору в сфере персональных данных.', 'Personal-data breaches go to the personal-data regulator.'],
    ],
    keywords: {
      ru: ['жалоба', 'пожаловаться', 'несогласие', 'не согласен', 'суд', 'омбудсмен'],
      en: ['complaint', 'complain', 'disagree', 'court', 'ombudsman'],
    },
    links: [['/appeals', ['Обращения', 'Appeals']]],
  }),
];
