// An address on one line, as a certificate, the application's answers and the operator show it, and
// the way back: a one-line address (as older drafts may hold) split into the structured parts.
import { ADDRESS_FIELDS, ADDRESS_NORMALIZERS, DEFAULT_COUNTRY, type AddressField } from './address';

export type AddressParts = Partial<Record<AddressField, string | undefined>>;

const filled = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
const bare = (s: string) => s.toLowerCase().replace(/^(город|г\.?)\s+/, '');
const SETTLEMENT = /^(город|село|посёлок|поселок|деревня|станица|хутор|посёлок городского типа)\s/i;

/**
 * «142100, Московская область, город Подольск, улица Ленина, дом 7, квартира 12» — in full words, each
 * part once: a city that the region already names (region «город Москва», city «Москва») is not repeated;
 * the country only when it is not Russia. undefined without a city.
 */
export function addressLine(parts: AddressParts): string | undefined {
  const city = filled(parts.city);
  if (!city) return undefined;
  const region = filled(parts.region);
  const country = filled(parts.country);
  const cityPart = region && bare(region) === bare(city) ? undefined : SETTLEMENT.test(city) ? city : `город ${city}`;
  const word = (key: AddressField, prefix: string) => {
    const value = filled(parts[key]);
    return value ? prefix + value : undefined;
  };
  return [
    filled(parts.postalIndex),
    country && country !== DEFAULT_COUNTRY ? country : undefined,
    region,
    filled(parts.district),
    cityPart,
    filled(parts.street),
    word('house', 'дом '),
    word('building', 'корпус '),
    word('apartment', 'квартира '),
  ]
    .filter(Boolean)
    .join(', ');
}

/** The parts of an answer set whose address fields carry `prefix` ('' for region, 'prev' for prevRegion). */
export function addressPartsOf(answers: Record<string, unknown>, prefix = ''): AddressParts {
  const id = (part: string) => (prefix ? prefix + part.charAt(0).toUpperCase() + part.slice(1) : part);
  const parts: AddressParts = {};
  for (const field of ADDRESS_FIELDS) {
    const value = answers[id(field)];
    if (typeof value === 'string') parts[field] = value;
  }
  return parts;
}

// Which part a comma-separated piece of a one-line address is, by its leading or trailing word.
const PIECES: [AddressField, RegExp][] = [
  ['postalIndex', /^\d{6}$/],
  ['region', /(область|край|республика|автономный округ|^город (Москва|Санкт-Петербург|Севастополь)$)/i],
  ['district', /(район|городской округ|муниципальный округ)/i],
  ['house', /^дом\s/i],
  ['building', /^(корпус|строение)\s/i],
  ['apartment', /^квартира\s/i],
  ['city', SETTLEMENT],
  ['country', /^(россия|российская федерация)$/i],
];

/**
 * Best effort: «125009, г. Москва, ул. Тверская, д. 7, кв. 12» → region, city, street, house, apartment.
 * Abbreviations are spelled out first; a piece no word identifies is the street, then the city.
 */
export function splitAddressLine(line: string): AddressParts {
  const parts: AddressParts = {};
  const unknown: string[] = [];
  for (const raw of line.split(/[,;]/)) {
    const piece = ADDRESS_NORMALIZERS.street(raw);
    if (!piece) continue;
    const match = PIECES.find(([field, pattern]) => parts[field] === undefined && pattern.test(piece));
    if (!match) unknown.push(piece);
    else parts[match[0]] = ADDRESS_NORMALIZERS[match[0]](piece);
  }
  // A city of federal significance is both the region and the city.
  if (parts.region && !parts.city && /^город /i.test(parts.region)) parts.city = parts.region.replace(/^город /i, '');
  for (const piece of unknown) {
    if (parts.street === undefined) parts.street = piece;
    else if (parts.city === undefined) parts.city = piece;
  }
  return parts;
}
