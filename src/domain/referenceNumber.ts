// Application numbers people read out over the phone: no 0/O, 1/I/L or other look-alikes.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const PATTERN = new RegExp(`^\\d{4}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** «2026-7K3M-9QXA»: the simulated year, then 8 characters from `random` (0 ≤ x < 1). */
export function referenceNumber(year: number, random: () => number): string {
  const pick = () => REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)]!;
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `${year}-${part()}-${part()}`;
}

export function isReferenceNumber(text: string): boolean {
  return PATTERN.test(text);
}
