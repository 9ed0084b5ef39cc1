// Step-by-step instructions for the account side of the app: registration, sign-in, identity, profile,
// notifications, data export and erase.
import { article } from './build';

export const HOWTO_ACCOUNT = [
  article({
    id: 'howto-register',
    kind: 'howto',
    category: 'signin',
    title: ['Как зарегистрироваться', 'How to register'],
    summary: [
      'Укажите мобильный телефон, введите код из SMS, затем ФИО, дату рождения, пол, e-mail и пароль.',
      'Enter your mobile phone, type the SMS code, then your name, date of birth, gender, e-mail and password.',
    ],
    body: [
      ['Нажмите «Войти» → «Зарегистрироваться».', 'Press «Sign in» → «Register».'],
      ['Телефон в виде +7XXXXXXXXXX. Код приходит в «Сообщения» → «SMS».', 'Phone as +7XXXXXXXXXX. The code arrives in «Messages» → «SMS».'],
      [
        'Придумайте пароль: от 8 символов, заглавные и строчные буквы, цифры и спецсимвол.',
        'Choose a password: at least 8 characters with upper and lower case, digits and a special character.',
      ],
    ],
    keywords: {
      ru: ['регистрация', 'зарегистрироваться', 'создать учетную запись', 'новый пользователь', 'аккаунт'],
      en: ['register', 'registration', 'sign up', 'create account', 'new user'],
    },
    links: [
      ['/register', ['Регистрация', 'Registration']],
      ['/inbox', ['Сообщения', 'Messages']],
    ],
  }),
  article({
    id: 'howto-sign-in',
    kind: 'howto',
    category: 'signin',
    title: ['Как войти в учётную запись', 'How to sign in'],
    summary: [
      'В поле «Логин» подойдут телефон, e-mail или СНИЛС; затем пароль и, если включено, код из SMS.',
      'The «Login» field takes your phone, e-mail or SNILS; then your password and, when enabled, an SMS code.',
    ],
    body: [
      [
        '«Запомнить меня» оставляет вход на этом устройстве; на чужом компьютере его не отмечайте.',
        "«Remember me» keeps you signed in on this device; leave it off on someone else's computer.",
      ],
      ['После периода бездействия сеанс завершается сам — войдите снова.', 'After a period of inactivity the session ends by itself: sign in again.'],
    ],
    keywords: { ru: ['вход', 'войти', 'логин', 'авторизация', 'не могу войти'], en: ['sign in', 'log in', 'login', 'cannot sign in'] },
    links: [['/login', ['Вход', 'Sign in']]],
  }),
  article({
    id: 'howto-identity',
    kind: 'howto',
    category: 'profile',
    title: ['Как подтвердить личность', 'How to confirm your identity'],
    summary: [
      'Без подтверждённой личности большинство услуг закрыто. Подтвердить можно проверкой паспорта, сканом паспорта с селфи или электронной подписью.',
      'Most services stay closed until your identity is confirmed: by a passport check, a passport scan with a selfie, or an electronic signature.',
    ],
    body: [
      ['Заполните паспорт и СНИЛС в «Мои данные».', 'Fill in your passport and SNILS in «My data».'],
      ['Откройте «Профиль» → «Подтверждение личности» и выберите способ.', 'Open «Profile» → «Identity confirmation» and choose a method.'],
      [
        'Скан с селфи проверяет оператор; статус станет «Личность подтверждена».',
        'A scan with a selfie is checked by an operator; the status becomes «Identity confirmed».',
      ],
    ],
    keywords: {
      ru: ['подтверждение личности', 'подтвердить', 'подтвержденная учетная запись', 'селфи', 'верификация'],
      en: ['identity', 'confirm identity', 'verified account', 'selfie', 'verification'],
    },
    links: [['/profile/identity', ['Подтверждение личности', 'Identity confirmation']]],
  }),
  article({
    id: 'howto-profile',
    kind: 'howto',
    category: 'profile',
    title: ['Как заполнить и изменить профиль', 'How to fill in and change your profile'],
    summary: [
      '«Мои данные» хранят паспорт, СНИЛС, ИНН, телефон, e-mail и адреса; из них заполняются все формы.',
      '«My data» keeps your passport, SNILS, INN, phone, e-mail and addresses; every form is filled from it.',
    ],
    body: [
      [
        'Откройте «Профиль» → «Мои данные». Всё сохраняется на устройстве прямо при вводе.',
        'Open «Profile» → «My data». Everything is saved on the device as you type.',
      ],
      [
        'У каждого поля показан формат; неверное поле подсвечивается с пояснением.',
        'Each field shows its format; a wrong one is marked with an explanation.',
      ],
      [
        'Сканы паспорта и других бумаг держите в «Документы» — их можно прикладывать к заявлениям.',
        'Keep scans of your passport and other papers in «Documents» to attach them to applications.',
      ],
    ],
    keywords: {
      ru: ['профиль', 'мои данные', 'личные данные', 'изменить данные', 'сменить фамилию', 'изменить'],
      en: ['profile', 'my data', 'personal data', 'change data', 'edit', 'change name'],
    },
    links: [
      ['/profile/data', ['Мои данные', 'My data']],
      ['/profile/documents', ['Документы', 'Documents']],
    ],
  }),
  article({
    id: 'howto-notifications',
    kind: 'howto',
    category: 'profile',
    title: ['Как настроить уведомления', 'How to set up notifications'],
    summary: [
      'Выберите каналы (e-mail, SMS, push) и виды уведомлений: смена статуса, запрос документов, напоминания, новости.',
      'Choose channels (e-mail, SMS, push) and kinds: status changes, documents requested, reminders, news.',
    ],
    body: [
      ['Откройте «Профиль» → «Настройки».', 'Open «Profile» → «Settings».'],
      ['Любой вид можно выключить; уведомления внутри Окна приходят всегда.', 'Any kind can be switched off; notices inside Okno always arrive.'],
    ],
    keywords: {
      ru: ['уведомления', 'оповещения', 'смс', 'пуш', 'рассылка', 'не приходят уведомления'],
      en: ['notifications', 'alerts', 'sms', 'push', 'newsletter'],
    },
    links: [
      ['/profile/settings', ['Настройки', 'Settings']],
      ['/notifications', ['Уведомления', 'Notifications']],
    ],
  }),
  article({
    id: 'howto-export-erase',
    kind: 'howto',
    category: 'profile',
    title: ['Как выгрузить или удалить свои данные', 'How to export or erase your data'],
    summary: [
      'По закону о персональных данных вы можете скачать архив всех своих данных и удалить их.',
      'Under the personal-data law you can download an archive of all your data and erase it.',
    ],
    body: [
      ['Откройте «Профиль» → «Мои данные и права».', 'Open «Profile» → «Data rights».'],
      [
        '«Скачать архив» сохраняет файл; его можно загрузить обратно на другом устройстве.',
        '«Download archive» saves a file that can be imported on another device.',
      ],
      [
        '«Удалить» стирает данные с устройства безвозвратно — сначала скачайте архив.',
        '«Erase» removes the data from the device for good: download the archive first.',
      ],
    ],
    keywords: {
      ru: ['выгрузить данные', 'удалить данные', 'удалить аккаунт', 'архив', 'персональные данные', 'экспорт'],
      en: ['export data', 'erase data', 'delete account', 'archive', 'personal data', 'gdpr'],
    },
    links: [['/profile/privacy', ['Мои данные и права', 'Data rights']]],
  }),
  article({
    id: 'howto-security',
    kind: 'howto',
    category: 'profile',
    title: ['Как включить вход с кодом и посмотреть входы', 'How to turn on two-step sign-in and see sign-ins'],
    summary: [
      'В «Безопасность» включается второй шаг входа по SMS и виден список всех входов в учётную запись.',
      '«Security» turns on the SMS second step and lists every sign-in to your account.',
    ],
    body: [
      ['Откройте «Профиль» → «Безопасность».', 'Open «Profile» → «Security».'],
      ['Незнакомый вход — смените пароль и завершите остальные сеансы.', 'An unknown sign-in: change your password and end the other sessions.'],
    ],
    keywords: {
      ru: ['двухфакторная', 'безопасность', 'история входов', 'сеансы', 'второй фактор'],
      en: ['two-factor', '2fa', 'security', 'sign-in history', 'sessions'],
    },
    links: [
      ['/profile/security', ['Безопасность', 'Security']],
      ['/profile/journal', ['Журнал действий', 'Activity log']],
    ],
  }),
];
