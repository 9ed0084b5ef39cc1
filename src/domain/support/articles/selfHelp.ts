// Self-help: what a person can try alone before writing to support — lost access, lock-out, missing
// codes, browser and cache, refused files, error pages, updates, safety.
import { article } from './build';

export const SELF_HELP = [
  article({
    id: 'selfhelp-forgot-password',
    kind: 'selfhelp',
    category: 'signin',
    title: ['Забыли пароль или потеряли доступ', 'Forgot your password or lost access'],
    summary: [
      'На странице входа нажмите «Забыли пароль?», получите код на телефон или почту и задайте новый пароль.',
      'On the sign-in page press «Forgot password?», get a code by phone or e-mail and set a new password.',
    ],
    body: [
      ['Код приходит в «Сообщения» — SMS или почта.', 'The code arrives in «Messages», by SMS or mail.'],
      [
        'Нет доступа ни к телефону, ни к почте — обратитесь в МФЦ с паспортом или напишите в поддержку.',
        'No access to either the phone or the e-mail? Visit a service centre with your passport or write to support.',
      ],
    ],
    keywords: {
      ru: ['забыл пароль', 'восстановить доступ', 'потерял доступ', 'сбросить пароль', 'восстановление пароля'],
      en: ['forgot password', 'restore access', 'lost access', 'reset password', 'password recovery'],
    },
    links: [
      ['/reset', ['Восстановить пароль', 'Reset password']],
      ['/inbox', ['Сообщения', 'Messages']],
    ],
  }),
  article({
    id: 'selfhelp-locked-out',
    kind: 'selfhelp',
    category: 'signin',
    title: ['Вход заблокирован после неверных паролей', 'Sign-in locked after wrong passwords'],
    summary: [
      'После пяти неверных паролей подряд вход закрывается на минуту, затем на 5, 15 и 60 минут. Подождите или восстановите пароль.',
      'After five wrong passwords in a row sign-in locks for a minute, then for 5, 15 and 60 minutes. Wait, or reset the password.',
    ],
    body: [
      ['Каждая новая ошибка продлевает блокировку — не подбирайте пароль.', 'Every further mistake lengthens the lock: do not guess.'],
      ['«Забыли пароль?» работает и во время блокировки.', '«Forgot password?» works during the lock too.'],
    ],
    keywords: {
      ru: ['заблокирован', 'блокировка', 'учетная запись заблокирована', 'неверный пароль', 'много попыток'],
      en: ['locked', 'locked out', 'account blocked', 'wrong password', 'too many attempts'],
    },
    links: [
      ['/reset', ['Восстановить пароль', 'Reset password']],
      ['/login', ['Вход', 'Sign in']],
    ],
  }),
  article({
    id: 'selfhelp-no-sms',
    kind: 'selfhelp',
    category: 'signin',
    title: ['Не приходит код из SMS', 'The SMS code does not arrive'],
    summary: [
      'Окно ничего не отправляет на настоящий телефон: все SMS и письма лежат в разделе «Сообщения».',
      'Okno sends nothing to a real phone: every SMS and e-mail is in the «Messages» section.',
    ],
    body: [
      ['Откройте «Сообщения» в шапке, вкладка «SMS».', 'Open «Messages» in the header, the «SMS» tab.'],
      ['Код действует ограниченное время; если истёк, запросите новый.', 'A code is valid for a limited time; request a new one if it has expired.'],
    ],
    keywords: {
      ru: ['не приходит смс', 'код', 'смс код', 'код подтверждения', 'нет кода'],
      en: ['sms not arriving', 'code', 'sms code', 'confirmation code', 'no code'],
    },
    links: [['/inbox', ['Сообщения', 'Messages']]],
  }),
  article({
    id: 'selfhelp-browser-cache',
    kind: 'selfhelp',
    category: 'technical',
    title: ['Страница грузится неправильно: браузер и кэш', 'A page looks wrong: browser and cache'],
    summary: [
      'Обновите страницу, откройте Окно в новой вкладке, обновите браузер. Кэш сайта не очищайте: в нём ваши черновики.',
      'Reload the page, open Okno in a new tab, update your browser. Do not clear site data: your drafts live there.',
    ],
    body: [
      [
        'Если вверху есть «Доступна новая версия», нажмите «Обновить» — данные сохранятся.',
        'If the top says a new version is available, press «Update»: your data is kept.',
      ],
      [
        'Очистка данных сайта удаляет черновики и вложения с устройства; прежде скачайте архив в «Мои данные и права».',
        'Clearing site data removes drafts and attachments from the device; download the archive in «Data rights» first.',
      ],
      ['Нужен современный браузер: Chrome, Edge, Firefox, Safari последних версий.', 'Use a recent browser: Chrome, Edge, Firefox or Safari.'],
    ],
    keywords: {
      ru: ['браузер', 'кэш', 'очистить кэш', 'страница не грузится', 'белый экран', 'зависает', 'тормозит'],
      en: ['browser', 'cache', 'clear cache', 'page not loading', 'blank page', 'freezes', 'slow'],
    },
    links: [
      ['/settings/storage', ['Хранилище', 'Storage']],
      ['/profile/privacy', ['Мои данные и права', 'Data rights']],
    ],
  }),
  article({
    id: 'selfhelp-file-refused',
    kind: 'selfhelp',
    category: 'technical',
    title: ['Файл не принимается', 'A file is refused'],
    summary: [
      'Подходят PDF, JPG и PNG до 5 МБ, снимки экрана для поддержки — PNG или JPEG до 2 МБ. Файл должен быть тем, чем назван.',
      'PDF, JPG and PNG up to 5 MB are accepted, screenshots for support PNG or JPEG up to 2 MB. A file must be what its name says.',
    ],
    body: [
      ['Слишком большой — сохраните скан в меньшем разрешении или в PDF.', 'Too big? Save the scan at a lower resolution or as PDF.'],
      [
        '«Содержимое не совпадает с расширением» — файл переименовали; сохраните его заново в нужном формате.',
        '«Contents do not match the extension»: the file was renamed; save it again in the right format.',
      ],
      ['Повреждённый или пустой файл откройте на устройстве и сохраните снова.', 'A damaged or empty file: open it on the device and save it again.'],
    ],
    keywords: {
      ru: ['файл не загружается', 'файл отклонен', 'большой файл', 'формат файла', 'не прикрепляется'],
      en: ['file not uploading', 'file refused', 'file too big', 'file format', 'cannot attach'],
    },
    links: [['/profile/documents', ['Документы', 'Documents']]],
  }),
  article({
    id: 'selfhelp-error-screen',
    kind: 'selfhelp',
    category: 'technical',
    title: ['Появилась ошибка «Что-то пошло не так»', 'An error screen appeared'],
    summary: [
      'Введённое уже сохранено на устройстве. Нажмите «Попробовать снова» или обновите страницу.',
      'What you entered is already saved on the device. Press «Try again» or reload the page.',
    ],
    body: [
      [
        'Без сети заявления ждут отправки и уйдут сами, когда связь вернётся.',
        'Without a network applications wait and go by themselves when the connection returns.',
      ],
      [
        'Ошибка повторяется — сделайте снимок экрана, запишите время и напишите в поддержку.',
        'The error keeps coming back? Take a screenshot, note the time and write to support.',
      ],
    ],
    keywords: {
      ru: ['ошибка', 'что-то пошло не так', 'сбой', 'не работает', 'ошибка 500', 'не отправляется'],
      en: ['error', 'something went wrong', 'failure', 'not working', 'error 500', 'cannot send'],
    },
    links: [['/applications', ['Мои заявления', 'My applications']]],
  }),
  article({
    id: 'selfhelp-update',
    kind: 'selfhelp',
    category: 'technical',
    title: ['Обновление приложения', 'Updating the app'],
    summary: [
      'Когда выходит новая версия, Окно спрашивает, обновиться ли. Ваши данные при этом сохраняются.',
      'When a new version is out Okno asks whether to update. Your data is kept.',
    ],
    body: [
      ['Обновитесь в одной вкладке — остальные предложат перезагрузиться.', 'Update in one tab: the others offer to reload.'],
      ['Номер версии указан внизу страницы.', 'The version number is at the bottom of the page.'],
    ],
    keywords: { ru: ['обновление', 'новая версия', 'обновить приложение', 'версия'], en: ['update', 'new version', 'update app', 'version'] },
  }),
  article({
    id: 'selfhelp-safety',
    kind: 'selfhelp',
    category: 'profile',
    title: ['Безопасность: как не попасться мошенникам', 'Safety: how not to fall for fraud'],
    summary: [
      'Никому не сообщайте коды из SMS и пароль — поддержка их никогда не спрашивает.',
      'Never tell anyone your SMS codes or password: support never asks for them.',
    ],
    body: [
      [
        'Вводите данные только в Окне; не пересылайте сканы паспорта в мессенджерах.',
        'Enter data only in Okno; do not send passport scans through messengers.',
      ],
      [
        'Выходите из учётной записи на чужом устройстве: «Завершить сеанс и очистить устройство».',
        'On a shared device sign out with «End session and clear device».',
      ],
      ['Подозрительный вход в «Безопасность» — сразу смените пароль.', 'A suspicious sign-in under «Security»? Change your password at once.'],
    ],
    keywords: {
      ru: ['безопасность', 'мошенники', 'взлом', 'украли', 'чужой компьютер', 'фишинг'],
      en: ['safety', 'fraud', 'scam', 'hacked', 'stolen', 'shared computer', 'phishing'],
    },
    links: [['/profile/security', ['Безопасность', 'Security']]],
  }),
  article({
    id: 'selfhelp-callback',
    kind: 'selfhelp',
    category: 'general',
    title: ['Обратный звонок от поддержки', 'A callback from support'],
    summary: [
      'Не хотите ждать на линии — закажите обратный звонок на удобное время в запросе в поддержку.',
      'Rather not wait on the line? Order a callback at a convenient time from a support request.',
    ],
    body: [
      ['Звонок приходит в часы работы операторов, с 08:00 до 22:00 по Москве.', 'The call comes during operator hours, 08:00 to 22:00 Moscow time.'],
      ['В Окне звонок имитируется: запись о нём появится в «Сообщения».', 'In Okno the call is simulated: a record of it appears in «Messages».'],
    ],
    keywords: { ru: ['обратный звонок', 'перезвонить', 'звонок', 'позвоните мне'], en: ['callback', 'call back', 'call me', 'phone call'] },
    links: [['/inbox', ['Сообщения', 'Messages']]],
  }),
];
