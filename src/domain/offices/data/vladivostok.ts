// Offices in Vladivostok (UTC+10). Invented names, addresses and numbers.
import { CITIES } from '../cities';
import { buildOffices } from './build';

const why = (ru: string, en: string) => ({ ru, en });

export const VLADIVOSTOK_OFFICES = buildOffices({
  city: 'vladivostok',
  districts: CITIES[2]!.districts,
  phoneCode: '423',
  postcode: '6900',
  lines: [
    ['mfc', 'МФЦ Фрунзенский', 'Public services centre, Frunzensky', 0, 'ул. Светланская', 'Svetlanskaya St', '43', 43.1167, 131.8912, true],
    ['mfc', 'МФЦ Первомайский', 'Public services centre, Pervomaysky', 2, 'ул. Борисенко', 'Borisenko St', '35', 43.1012, 131.9501, true],
    ['mfc', 'МФЦ Советский', 'Public services centre, Sovetsky', 3, 'ул. Русская', 'Russkaya St', '19', 43.1712, 131.9203, false],
    ['migration', 'Отдел по вопросам миграции Фрунзенский', 'Migration office, Frunzensky', 0, 'ул. Алеутская', 'Aleutskaya St', '21', 43.1189, 131.8823, true],
    ['migration', 'Отдел по вопросам миграции Ленинский', 'Migration office, Leninsky', 1, 'ул. Комсомольская', 'Komsomolskaya St', '5', 43.1298, 131.9112, true],
    ['traffic', 'МРЭО ГИБДД Приморья', 'Primorye traffic police registration office', 1, 'ул. Снеговая', 'Snegovaya St', '8', 43.1512, 131.9301, true],
    ['traffic', 'РЭО ГИБДД Первомайское', 'Traffic police office, Pervomaysky', 2, 'ул. Калинина', 'Kalinina St', '42', 43.0923, 131.9412, false],
    ['registry', 'Отдел ЗАГС Фрунзенского района', 'Registry office, Frunzensky', 0, 'Океанский пр.', 'Okeansky Ave', '17', 43.1201, 131.8867, true],
    ['tax', 'Инспекция ФНС по Фрунзенскому району', 'Tax inspectorate, Frunzensky', 0, 'ул. Посьетская', 'Posyetskaya St', '14', 43.1134, 131.8789, true],
    ['tax', 'Инспекция ФНС по Ленинскому району', 'Tax inspectorate, Leninsky', 1, 'ул. Некрасовская', 'Nekrasovskaya St', '49', 43.1312, 131.9023, true],
    ['clinic', 'Городская поликлиника № 1', 'City clinic No. 1', 0, 'ул. Уборевича', 'Uborevicha St', '22', 43.1178, 131.8956, true],
    ['clinic', 'Детская поликлиника № 2', 'Children’s clinic No. 2', 3, 'ул. Енисейская', 'Yeniseyskaya St', '7', 43.1623, 131.9245, true],
  ],
  exceptions: {
    0: [{ date: '2026-12-19', hours: { open: 600, close: 900 }, reason: why('Рабочая суббота: приём с 10 до 15', 'Working Saturday: open 10 to 15') }],
    7: [{ date: '2026-12-15', hours: null, reason: why('Технические работы', 'Maintenance') }],
  },
});
