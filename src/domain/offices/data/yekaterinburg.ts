// Offices in Yekaterinburg (UTC+5). Invented names, addresses and numbers.
import { CITIES } from '../cities';
import { buildOffices } from './build';

export const YEKATERINBURG_OFFICES = buildOffices({
  city: 'yekaterinburg',
  districts: CITIES[1]!.districts,
  phoneCode: '343',
  postcode: '6200',
  lines: [
    ['mfc', 'МФЦ Ленинский', 'Public services centre, Leninsky', 0, 'ул. Малышева', 'Malysheva St', '36', 56.8356, 60.6041, true],
    ['mfc', 'МФЦ Кировский', 'Public services centre, Kirovsky', 1, 'ул. Мира', 'Mira St', '23', 56.8431, 60.6512, true],
    ['mfc', 'МФЦ Верх-Исетский', 'Public services centre, Verkh-Isetsky', 3, 'ул. Крауля', 'Kraulya St', '44', 56.8342, 60.5612, true],
    ['migration', 'Отдел по вопросам миграции Ленинский', 'Migration office, Leninsky', 0, 'ул. 8 Марта', '8 Marta St', '13', 56.8301, 60.5982, true],
    ['migration', 'Отдел по вопросам миграции Октябрьский', 'Migration office, Oktyabrsky', 2, 'ул. Куйбышева', 'Kuybysheva St', '55', 56.8312, 60.6302, false],
    ['traffic', 'МРЭО ГИБДД Екатеринбург', 'Traffic police registration office, Yekaterinburg', 1, 'ул. Начдива Онуфриева', 'Nachdiva Onufriyeva St', '2', 56.8011, 60.5401, true],
    ['traffic', 'РЭО ГИБДД Северное', 'Traffic police office, North', 1, 'ул. Шефская', 'Shefskaya St', '3', 56.8912, 60.6201, true],
    ['registry', 'Дворец бракосочетания «Екатерининский»', '“Yekaterininsky” wedding palace', 0, 'ул. Ленина', 'Lenina Ave', '14', 56.8389, 60.6012, true],
    ['registry', 'Отдел ЗАГС Кировского района', 'Registry office, Kirovsky', 1, 'ул. Первомайская', 'Pervomayskaya St', '70', 56.8452, 60.6423, true],
    ['tax', 'Инспекция ФНС по Ленинскому району', 'Tax inspectorate, Leninsky', 0, 'ул. Декабристов', 'Dekabristov St', '20', 56.8234, 60.6101, true],
    ['tax', 'Инспекция ФНС по Кировскому району', 'Tax inspectorate, Kirovsky', 1, 'ул. Гагарина', 'Gagarina St', '28', 56.8467, 60.6589, true],
    ['clinic', 'Центральная городская поликлиника', 'Central city clinic', 0, 'ул. Сакко и Ванцетти', 'Sakko i Vantsetti St', '23', 56.8367, 60.5951, true],
    ['clinic', 'Детская поликлиника № 3', 'Children’s clinic No. 3', 2, 'ул. Белинского', 'Belinskogo St', '112', 56.8201, 60.6212, true],
  ],
});
