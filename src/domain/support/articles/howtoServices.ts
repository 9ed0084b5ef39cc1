// Step-by-step instructions for the service side: applying, drafts, attachments, statuses, payments,
// refunds, fines, appeals, bookings, verification, offline use and installation.
import { article } from './build';

export const HOWTO_SERVICES = [
  article({
    id: 'howto-apply',
    kind: 'howto',
    category: 'documents',
    title: ['Как подать заявление на услугу', 'How to apply for a service'],
    summary: [
      'Найдите услугу в каталоге, нажмите «Получить услугу», проверьте данные из профиля, приложите документы и подтвердите кодом из SMS.',
      'Find the service in the catalog, press «Get the service», check the data taken from your profile, attach documents and confirm with an SMS code.',
    ],
    body: [
      ['Поля заполняются из профиля — проверьте и поправьте их.', 'Fields are filled from your profile: check and correct them.'],
      ['На шаге проверки видно всё заявление целиком.', 'The review step shows the whole application.'],
      [
        'После отправки вы получите номер заявления; оно появится в «Мои заявления».',
        'After sending you get an application number; it appears in «My applications».',
      ],
    ],
    keywords: {
      ru: ['подать заявление', 'получить услугу', 'заявление', 'справка', 'оформить'],
      en: ['apply', 'application', 'get a service', 'certificate', 'submit'],
    },
    links: [
      ['/catalog', ['Каталог услуг', 'Service catalog']],
      ['/catalog/residence-certificate', ['Справка о месте жительства', 'Residence certificate']],
    ],
  }),
  article({
    id: 'howto-drafts',
    kind: 'howto',
    category: 'documents',
    title: ['Черновики: где моё незаконченное заявление', 'Drafts: where is my unfinished application'],
    summary: [
      'Всё, что вы вводите, сразу сохраняется на устройстве. Незаконченные заявления лежат в «Мои заявления» как черновики.',
      'Everything you type is saved on the device at once. Unfinished applications wait in «My applications» as drafts.',
    ],
    body: [
      [
        'Откройте «Мои заявления» и выберите черновик — он откроется на том же шаге.',
        'Open «My applications» and pick the draft: it opens at the same step.',
      ],
      ['Черновик хранится на этом устройстве; на другом его не будет.', 'A draft lives on this device; another device will not have it.'],
    ],
    keywords: {
      ru: ['черновик', 'черновики', 'не сохранилось', 'пропало заявление', 'продолжить'],
      en: ['draft', 'drafts', 'not saved', 'lost application', 'continue'],
    },
    links: [['/applications', ['Мои заявления', 'My applications']]],
  }),
  article({
    id: 'howto-attachments',
    kind: 'howto',
    category: 'documents',
    title: ['Как прикрепить документы к заявлению', 'How to attach documents to an application'],
    summary: [
      'Подходят PDF, JPG и PNG размером до 5 МБ каждый. Файл проверяется сразу после выбора.',
      'PDF, JPG and PNG up to 5 MB each are accepted. A file is checked as soon as you choose it.',
    ],
    body: [
      [
        'Нажмите «Выбрать файл» у нужного документа или перетащите файл в рамку.',
        'Press «Choose file» by the document or drag the file into the frame.',
      ],
      [
        'Скан из «Документы» профиля можно взять, не загружая заново.',
        "A scan from your profile's «Documents» can be reused without uploading again.",
      ],
    ],
    keywords: {
      ru: ['прикрепить', 'загрузить файл', 'вложение', 'скан', 'документ', 'файл'],
      en: ['attach', 'upload file', 'attachment', 'scan', 'document', 'file'],
    },
    links: [['/profile/documents', ['Документы', 'Documents']]],
  }),
  article({
    id: 'howto-statuses',
    kind: 'howto',
    category: 'documents',
    title: ['Что значат статусы заявления', 'What application statuses mean'],
    summary: [
      'Отправлено → Принято → В обработке → Готово к получению → Выдано; по пути возможны «Ожидание документов» и «Отказано».',
      'Sent → Accepted → In processing → Ready → Issued; on the way there may be «Documents requested» or «Refused».',
    ],
    body: [
      ['При «Ожидание документов» пришлите их до указанного срока.', 'At «Documents requested», send them before the deadline.'],
      [
        'При «Отказано» причина указана в заявлении; исправьте и подайте снова или обжалуйте.',
        'At «Refused» the reason is on the application: fix and apply again, or appeal.',
      ],
      ['Обычно справку готовят за 3–10 рабочих дней.', 'A certificate usually takes 3–10 working days.'],
    ],
    keywords: {
      ru: ['статус заявления', 'в обработке', 'ожидание документов', 'где моя справка', 'сколько ждать', 'готово'],
      en: ['application status', 'in processing', 'documents requested', 'where is my certificate', 'how long', 'ready'],
    },
    links: [['/applications', ['Мои заявления', 'My applications']]],
  }),
  article({
    id: 'howto-pay-fee',
    kind: 'howto',
    category: 'payments',
    title: ['Как оплатить госпошлину', 'How to pay a state fee'],
    summary: [
      'Если у услуги есть пошлина, её оплачивают на шаге оплаты до отправки: картой, кошельком, через онлайн-банк, терминал или со счёта телефона.',
      'When a service has a fee it is paid at the payment step before sending: by card, e-wallet, online bank, terminal or phone balance.',
    ],
    body: [
      ['Карта проверяется кодом 3-D Secure, он приходит в «Сообщения».', 'A card is checked with a 3-D Secure code that arrives in «Messages».'],
      [
        'Если связь оборвалась, деньги не спишутся дважды — откройте оплату ещё раз.',
        'If the connection drops you will not be charged twice: open the payment again.',
      ],
      ['Квитанция сохраняется в «Мои платежи».', 'The receipt is kept in «Payments».'],
    ],
    keywords: { ru: ['госпошлина', 'пошлина', 'оплатить', 'оплата картой', 'платеж'], en: ['state fee', 'fee', 'pay', 'card payment', 'payment'] },
    links: [
      ['/payments', ['Мои платежи', 'Payments']],
      ['/applications', ['Мои заявления', 'My applications']],
    ],
  }),
  article({
    id: 'howto-refund',
    kind: 'howto',
    category: 'payments',
    title: ['Как вернуть деньги за платёж', 'How to get a refund'],
    summary: [
      'Откройте квитанцию в «Мои платежи» и нажмите «Вернуть деньги»: они придут тем же способом, которым платили.',
      'Open the receipt in «Payments» and press «Refund»: the money goes back the way you paid.',
    ],
    body: [
      [
        'Вернуть можно повторный платёж или пошлину, если в услуге отказали до начала рассмотрения.',
        'You can get back a second payment, or a fee when the service was refused before processing began.',
      ],
      ['Статус возврата виден в квитанции.', "The refund's status shows on the receipt."],
    ],
    keywords: {
      ru: ['возврат', 'вернуть деньги', 'вернуть пошлину', 'двойная оплата', 'списали дважды'],
      en: ['refund', 'money back', 'return fee', 'double payment', 'charged twice'],
    },
    links: [['/payments', ['Мои платежи', 'Payments']]],
  }),
  article({
    id: 'howto-fines',
    kind: 'howto',
    category: 'payments',
    title: ['Как найти и оплатить штраф', 'How to find and pay a fine'],
    summary: [
      'В «Штрафы» найдите штраф по номеру постановления или по водительскому удостоверению и свидетельству о регистрации машины.',
      'In «Fines» look a fine up by its resolution number or by your driving licence and vehicle certificate.',
    ],
    body: [
      ['В первые 20 дней после постановления действует скидка 50 %.', 'Within 20 days of the resolution a 50 % discount applies.'],
      ['После оплаты квитанция появится в «Мои платежи».', 'After paying, the receipt appears in «Payments».'],
    ],
    keywords: {
      ru: ['штраф', 'штрафы', 'гибдд', 'постановление', 'скидка', 'оплатить штраф'],
      en: ['fine', 'fines', 'traffic police', 'resolution', 'discount', 'pay a fine'],
    },
    links: [['/fines', ['Штрафы', 'Fines']]],
  }),
  article({
    id: 'howto-receipts',
    kind: 'howto',
    category: 'payments',
    title: ['Где найти квитанцию об оплате', 'Where to find a payment receipt'],
    summary: [
      'Все квитанции — в «Мои платежи»: с фильтрами по дате, услуге и сумме, с PDF и отправкой на e-mail.',
      'All receipts are in «Payments», filtered by date, service and amount, as PDF or sent by e-mail.',
    ],
    body: [
      ['Квитанции хранятся не меньше пяти лет.', 'Receipts are kept for at least five years.'],
      [
        'Платёж прошёл, а квитанции нет — проверьте сеть: она появится, когда устройство получит обновления.',
        'Paid but no receipt? Check the network: it appears once the device gets updates.',
      ],
    ],
    keywords: {
      ru: ['квитанция', 'чек', 'квитанции', 'подтверждение оплаты', 'платежи'],
      en: ['receipt', 'receipts', 'proof of payment', 'payments'],
    },
    links: [['/payments', ['Мои платежи', 'Payments']]],
  }),
  article({
    id: 'howto-appeal',
    kind: 'howto',
    category: 'general',
    title: ['Как подать обращение или обжаловать решение', 'How to file an appeal or contest a decision'],
    summary: [
      '«Обращения» → «Создать обращение»: запрос, жалоба, предложение, петиция или обжалование. Для обжалования нужен номер заявления или решения.',
      '«Appeals» → «New appeal»: a query, complaint, suggestion, petition or contest of a decision, which needs the application or decision number.',
    ],
    body: [
      [
        'На заявлении с отказом есть кнопка «Подать жалобу» — номер и причина подставятся сами.',
        'A refused application has a «Complain» button that fills in the number and reason.',
      ],
      ['Тема заполняет описание шаблоном, который можно править.', 'The topic fills the description with a template you can edit.'],
      ['Нужна подтверждённая личность.', 'A confirmed identity is needed.'],
    ],
    keywords: {
      ru: ['обжалование', 'обжаловать', 'обращение', 'жалоба', 'подать жалобу', 'петиция', 'оспорить'],
      en: ['appeal', 'contest', 'complaint', 'petition', 'dispute a decision'],
    },
    links: [['/appeals', ['Обращения', 'Appeals']]],
  }),
  article({
    id: 'howto-booking',
    kind: 'howto',
    category: 'general',
    title: ['Как записаться на приём в офис', 'How to book an office visit'],
    summary: [
      'Выберите услугу, офис и свободное время; запись подтверждается, и в «Мои записи» появляется талон с QR-кодом.',
      'Choose the service, the office and a free slot; once confirmed, «My bookings» holds a ticket with a QR code.',
    ],
    body: [
      [
        'Спокойнее всего с 10 до 12; с 12 до 14 очереди длиннее. Приходите за 15–30 минут.',
        'It is quietest from 10 to 12; from 12 to 14 queues are longer. Come 15–30 minutes early.',
      ],
      ['Изменить или отменить запись можно не позже чем за 24 часа.', 'A booking can be changed or cancelled up to 24 hours before.'],
    ],
    keywords: {
      ru: ['запись', 'записаться', 'запись на прием', 'прием', 'талон', 'мфц', 'отменить запись'],
      en: ['booking', 'book', 'appointment', 'visit', 'ticket', 'cancel booking'],
    },
    links: [['/catalog', ['Каталог услуг', 'Service catalog']]],
  }),
  article({
    id: 'howto-verify',
    kind: 'howto',
    category: 'documents',
    title: ['Как проверить подлинность документа', 'How to check that a document is genuine'],
    summary: [
      '«Проверить документ» проверяет PDF или QR-код справки без входа и без интернета.',
      "«Verify a document» checks a certificate's PDF or QR code with no sign-in and no internet.",
    ],
    body: [
      ['Загрузите PDF, сфотографируйте QR-код или вставьте его текст.', 'Upload the PDF, photograph the QR code or paste its text.'],
      ['Ответ: действителен, истёк, отозван или подделан.', 'The answer is valid, expired, revoked or forged.'],
    ],
    keywords: {
      ru: ['проверить документ', 'подлинность', 'qr-код', 'подпись', 'подделка'],
      en: ['verify document', 'genuine', 'qr code', 'signature', 'forged'],
    },
    links: [['/verify', ['Проверить документ', 'Verify a document']]],
  }),
  article({
    id: 'howto-offline-install',
    kind: 'howto',
    category: 'technical',
    title: ['Как установить Окно и работать без интернета', 'How to install Okno and work offline'],
    summary: [
      'Установите приложение на главный экран: оно открывается без сети, а заявления уходят, когда связь вернётся.',
      'Install the app to your home screen: it opens without a network, and applications go out when the connection returns.',
    ],
    body: [
      [
        'Android и компьютер: кнопка «Установить приложение» в шапке или меню браузера.',
        'Android and desktop: the «Install app» button in the header or the browser menu.',
      ],
      ['iPhone: Safari → «Поделиться» → «На экран „Домой“».', 'iPhone: Safari → «Share» → «Add to Home Screen».'],
      ['Без сети вверху видно «Нет сети — работаем офлайн».', 'Without a network the top of the page says you are offline.'],
    ],
    keywords: {
      ru: ['офлайн', 'без интернета', 'установить', 'приложение', 'нет сети', 'главный экран'],
      en: ['offline', 'no internet', 'install', 'app', 'home screen'],
    },
    links: [
      ['/help', ['Помощь', 'Help']],
      ['/settings/storage', ['Хранилище', 'Storage']],
    ],
  }),
];
