// The document's groups, in the order the reference page shows them, with a line on each in both languages.
import type { ContractTag } from './types';

export const TAGS: { name: ContractTag; en: string; ru: string }[] = [
  { name: 'health', en: 'Is the backend up; this document', ru: 'Работает ли сервер; этот документ' },
  { name: 'auth', en: 'Registration, sign-in, codes, password reset', ru: 'Регистрация, вход, коды, восстановление пароля' },
  { name: 'me', en: "The signed-in citizen's account, profile and identity", ru: 'Учётная запись, профиль и личность вошедшего' },
  { name: 'applications', en: 'Applications (cases) and their lifecycle', ru: 'Заявления и их ход' },
  { name: 'certificates', en: 'Signed results and their verification', ru: 'Подписанные результаты и их проверка' },
  { name: 'notices', en: 'In-app notices', ru: 'Уведомления в приложении' },
  { name: 'payments', en: 'Invoices, payment, receipts, refunds, fines', ru: 'Счета, оплата, квитанции, возвраты, штрафы' },
  { name: 'appeals', en: 'Appeals to departments', ru: 'Обращения в ведомства' },
  { name: 'support', en: 'The support chat', ru: 'Чат поддержки' },
  { name: 'offices', en: 'Office visits and the office console', ru: 'Приём в офисах и пульт офиса' },
  {
    name: 'catalog',
    en: 'Public facts about services beyond the published catalog',
    ru: 'Открытые сведения об услугах сверх опубликованного каталога',
  },
  { name: 'operator', en: "The department's console (staff session)", ru: 'Пульт ведомства (сеанс сотрудника)' },
  {
    name: 'sim',
    en: 'The simulation control surface for demos and QA (not a real department)',
    ru: 'Управление имитацией для демо и тестирования (не настоящее ведомство)',
  },
];
