// Offices in Moscow (UTC+3). Invented names, addresses and numbers.
import { CITIES } from '../cities';
import { buildOffices } from './build';

const why = (ru: string, en: string) => ({ ru, en });

export const MOSCOW_OFFICES = buildOffices({
  city: 'moscow',
  districts: CITIES[0]!.districts,
  phoneCode: '495',
  postcode: '1010',
  lines: [
    ['mfc', 'МФЦ «Мои документы» Центральный', '“My Documents” centre, Central', 0, 'ул. Лесная', 'Lesnaya St', '12', 55.7612, 37.6089, true],
    ['mfc', 'МФЦ «Мои документы» Северный', '“My Documents” centre, Northern', 1, 'Дмитровское ш.', 'Dmitrovskoye Hwy', '45', 55.8421, 37.5712, true],
    ['mfc', 'МФЦ «Мои документы» Южный', '“My Documents” centre, Southern', 2, 'Варшавское ш.', 'Varshavskoye Hwy', '88', 55.6512, 37.6213, true],
    ['mfc', 'МФЦ «Мои документы» Восточный', '“My Documents” centre, Eastern', 4, 'ул. Первомайская', 'Pervomayskaya St', '31', 55.7945, 37.7981, false],
    ['migration', 'Отдел по вопросам миграции Центральный', 'Migration office, Central', 0, 'ул. Покровка', 'Pokrovka St', '7', 55.7589, 37.6441, true],
    ['migration', 'Отдел по вопросам миграции Западный', 'Migration office, Western', 3, 'Кутузовский пр.', 'Kutuzovsky Ave', '60', 55.7402, 37.5073, true],
    ['traffic', 'МРЭО ГИБДД № 1', 'Traffic police registration office No. 1', 1, 'ул. Складочная', 'Skladochnaya St', '3', 55.8012, 37.5931, true],
    ['traffic', 'МРЭО ГИБДД № 2', 'Traffic police registration office No. 2', 2, 'ул. Кантемировская', 'Kantemirovskaya St', '58', 55.6341, 37.6512, true],
    ['traffic', 'Экзаменационный отдел ГИБДД Восточный', 'Traffic police exams office, Eastern', 4, 'ул. Амурская', 'Amurskaya St', '9', 55.8103, 37.7521, false],
    ['registry', 'Дворец бракосочетания № 1', 'Wedding palace No. 1', 0, 'ул. Грибоедова', 'Griboyedova St', '10', 55.7562, 37.6402, true],
    ['registry', 'Отдел ЗАГС Южный', 'Registry office, Southern', 2, 'ул. Москворечье', 'Moskvorechye St', '4', 55.6423, 37.6631, true],
    ['tax', 'Инспекция ФНС № 3', 'Tax inspectorate No. 3', 0, 'ул. Земляной Вал', 'Zemlyanoy Val St', '9', 55.7571, 37.6592, true],
    ['tax', 'Инспекция ФНС № 27', 'Tax inspectorate No. 27', 3, 'ул. Вавилова', 'Vavilova St', '55', 55.6912, 37.5623, false],
    ['clinic', 'Городская поликлиника № 5', 'City clinic No. 5', 0, 'ул. Сретенка', 'Sretenka St', '21', 55.7681, 37.6321, true],
    ['clinic', 'Городская поликлиника № 12', 'City clinic No. 12', 1, 'ул. Бестужевых', 'Bestuzhevykh St', '27', 55.8623, 37.6012, true],
    ['clinic', 'Детская поликлиника № 8', 'Children’s clinic No. 8', 2, 'ул. Ереванская', 'Yerevanskaya St', '16', 55.6512, 37.6801, true],
  ],
  exceptions: {
    0: [
      { date: '2026-12-09', hours: null, reason: why('Санитарный день', 'Cleaning day') },
      { date: '2026-12-31', hours: { open: 480, close: 900 }, reason: why('Предпраздничный день', 'Eve of the holidays') },
    ],
    9: [{ date: '2026-12-27', hours: { open: 600, close: 960 }, reason: why('Выездная регистрация в воскресенье', 'Extra Sunday ceremonies') }],
  },
});
