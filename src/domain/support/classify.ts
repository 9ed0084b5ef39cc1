// The chat bot's first step: sort a short description of a problem into one of the six support
// categories. Cue words per category vote, and so do the categories of the best-matching articles; the
// same term processing as search (stems, ё = е, synonyms) makes word forms and typos-as-stems agree.
// Also spots what the bot must not answer itself (legal questions), so it can say so plainly.
import type { Article } from './articleSchema';
import type { KbIndex } from './kbSearch';
import type { SupportCategory } from './supportCategories';
import { processTerm, tokenize } from './terms';

const CUES: Record<SupportCategory, string> = {
  signin:
    'вход войти логин пароль регистрация зарегистрироваться заблокирован смс код восстановить доступ учетная аккаунт двухфакторная ' +
    'sign login password register locked code access account',
  technical:
    'ошибка сбой работает страница браузер кэш зависает грузится загружается файл приложение установить офлайн экран кнопка виснет тормозит обновление ' +
    'error bug page browser crash slow upload file app install offline screen button broken',
  payments:
    'оплата платеж пошлина штраф возврат деньги карта квитанция списали списание банк сумма рубли ' +
    'payment pay fee fine refund money card receipt charged bank',
  documents:
    'справка заявление документ статус отказ отказали выписка результат готово обработке рассматривают черновик подлинность ' +
    'certificate application document status refused statement result draft',
  profile:
    'профиль данные паспорт снилс инн адрес фамилия уведомления личность подтвердить почту настройки ' +
    'profile data passport snils inn address surname notifications identity settings',
  general:
    'вопрос предложение идея отзыв офис мфц запись прием обращение жалоба часы работы благодарность улучшить ' +
    'question suggestion idea feedback office booking appointment complaint hours improve',
};

const CUE_TERMS = Object.fromEntries(
  Object.entries(CUES).map(([category, words]) => [
    category,
    new Set(
      tokenize(words)
        .map(processTerm)
        .filter((t): t is string => t !== null),
    ),
  ]),
) as Record<SupportCategory, Set<string>>;

const LEGAL_TERMS = new Set(
  tokenize('суд суда иск юрист адвокат закон законно законный юридический прокуратура court lawsuit lawyer legal law sue')
    .map(processTerm)
    .filter((t): t is string => t !== null),
);

const CUE_WEIGHT = 2;
const ARTICLE_VOTES = [3, 2, 1] as const;

export interface Classification {
  category: SupportCategory;
  /** The best articles for the text, best first (at most three). */
  articles: Article[];
  /** True when the text asks for legal advice, which needs a person. */
  legal: boolean;
  /** False when nothing in the text pointed anywhere: the bot should ask again. */
  understood: boolean;
}

export function classifyProblem(text: string, index: KbIndex): Classification {
  const terms = tokenize(text)
    .map(processTerm)
    .filter((t): t is string => t !== null);
  const scores = new Map<SupportCategory, number>();
  const add = (category: SupportCategory, value: number) => scores.set(category, (scores.get(category) ?? 0) + value);
  for (const term of terms)
    for (const [category, cues] of Object.entries(CUE_TERMS) as [SupportCategory, Set<string>][]) if (cues.has(term)) add(category, CUE_WEIGHT);
  const articles = index.search(text, 3);
  articles.forEach((article, rank) => add(article.category, ARTICLE_VOTES[rank]!));
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  return {
    category: ranked[0]?.[0] ?? 'general',
    articles,
    legal: terms.some((term) => LEGAL_TERMS.has(term)),
    understood: ranked.length > 0,
  };
}
