// How knowledge-base text and queries become search terms: lower case, ё = е, Russian or English
// stemming by the word's script, stop words dropped, and the domain's synonyms folded to one term, so
// «обжалование» finds «обжаловать» and «пошлина» finds «госпошлина». Pure: used by the index at build
// time and by every query, so both sides always agree.
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';

export function normalizeText(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Words that carry no meaning in a short problem description.
const STOP_WORDS = new Set(
  (
    'и в во на с со к ко по о об от до за из у а но или ли же бы то что как где когда мне меня мой моя мои ' +
    'я вы мы он она оно они это этот эта тот та все всё при для без уже еще ещё так там тут вот ' +
    'the a an to of in on at for and or is are be my me i it how do does can what where when with your you'
  ).split(' '),
);

// Stemming is the costly part of indexing and of each query, and the vocabulary is small: remember it.
const STEMS = new Map<string, string>();
function stem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = /[а-я]/.test(word) ? stemRussian(word) : stemEnglish(word);
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

// Groups of words a person uses for one thing; the first word's stem stands for the whole group.
const SYNONYMS: readonly string[][] = [
  ['обжалование', 'обжаловать', 'обжалую', 'оспорить', 'апелляция', 'appeal', 'contest', 'dispute'],
  ['запись', 'записаться', 'записать', 'записи', 'booking', 'book', 'appointment'],
  ['госпошлина', 'пошлина', 'пошлину', 'fee', 'duty'],
  ['вход', 'войти', 'входить', 'зайти', 'авторизация', 'залогиниться', 'логин', 'login', 'signin'],
  ['регистрация', 'зарегистрироваться', 'регистрироваться', 'register', 'registration', 'signup'],
  ['оплата', 'оплатить', 'заплатить', 'платить', 'платеж', 'pay', 'payment'],
  ['возврат', 'вернуть', 'refund'],
  ['ошибка', 'сбой', 'глюк', 'баг', 'error', 'failure', 'bug'],
  ['заблокирован', 'заблокировали', 'блокировка', 'заблокирована', 'locked', 'blocked'],
  ['почта', 'email', 'емейл', 'имейл', 'мейл', 'mail'],
  ['удалить', 'стереть', 'удаление', 'erase', 'delete'],
  ['выгрузить', 'скачать', 'экспорт', 'выгрузка', 'export', 'download'],
  ['установить', 'установка', 'install'],
  ['офлайн', 'оффлайн', 'offline'],
  ['квитанция', 'чек', 'receipt'],
  ['прикрепить', 'приложить', 'загрузить', 'вложение', 'attach', 'upload'],
  ['смс', 'sms', 'эсэмэс'],
  ['пароль', 'password'],
  ['штраф', 'fine'],
  ['справка', 'certificate'],
  ['черновик', 'draft'],
  ['уведомление', 'оповещение', 'notification', 'alert'],
  ['учетная', 'аккаунт', 'учетка', 'кабинет', 'account'],
  ['оператор', 'человек', 'специалист', 'operator', 'person', 'human'],
  ['телефон', 'позвонить', 'phone', 'call'],
  ['жалоба', 'пожаловаться', 'complaint', 'complain'],
  ['подлинность', 'подделка', 'проверить', 'verify', 'genuine'],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) {
  const head = stem(normalizeText(group[0]!));
  for (const word of group) CANONICAL.set(stem(normalizeText(word)), head);
}

/** The search term for one token, or null for a stop word. */
export function processTerm(token: string): string | null {
  const word = normalizeText(token);
  if (STOP_WORDS.has(word)) return null;
  const stemmed = stem(word);
  return CANONICAL.get(stemmed) ?? stemmed;
}
