// The three cities the simulated offices stand in, each in its own time zone. Russia has kept fixed
// offsets all year since 2014, so an office's UTC offset is a constant and the slot engine needs no tz data.
import type { LocalText } from '../catalog/localText';
import type { CityId } from './officeSchema';

export interface City {
  id: CityId;
  name: LocalText;
  /** IANA zone, for display with Intl. */
  timeZone: string;
  /** Minutes east of UTC, the same all year. */
  utcOffsetMin: number;
  centre: { lat: number; lon: number };
  districts: LocalText[];
}

const text = (ru: string, en: string): LocalText => ({ ru, en });

export const CITIES: readonly City[] = [
  {
    id: 'moscow',
    name: text('Москва', 'Moscow'),
    timeZone: 'Europe/Moscow',
    utcOffsetMin: 180,
    centre: { lat: 55.7558, lon: 37.6173 },
    districts: [
      text('Центральный', 'Central'),
      text('Северный', 'Northern'),
      text('Южный', 'Southern'),
      text('Западный', 'Western'),
      text('Восточный', 'Eastern'),
    ],
  },
  {
    id: 'yekaterinburg',
    name: text('Екатеринбург', 'Yekaterinburg'),
    timeZone: 'Asia/Yekaterinburg',
    utcOffsetMin: 300,
    centre: { lat: 56.8389, lon: 60.6057 },
    districts: [
      text('Ленинский', 'Leninsky'),
      text('Кировский', 'Kirovsky'),
      text('Октябрьский', 'Oktyabrsky'),
      text('Верх-Исетский', 'Verkh-Isetsky'),
    ],
  },
  {
    id: 'vladivostok',
    name: text('Владивосток', 'Vladivostok'),
    timeZone: 'Asia/Vladivostok',
    utcOffsetMin: 600,
    centre: { lat: 43.1155, lon: 131.8855 },
    districts: [text('Фрунзенский', 'Frunzensky'), text('Ленинский', 'Leninsky'), text('Первомайский', 'Pervomaysky'), text('Советский', 'Sovetsky')],
  },
];

export function cityOf(id: CityId): City {
  const city = CITIES.find((c) => c.id === id);
  if (!city) throw new Error(`Unknown city ${id}`);
  return city;
}
