// «Клиентские службы» filters as URL search params (src/ui/searchParams.ts), kept apart from the page so
// the route table pulls in no office data.
import { listOf, number, on, oneOf, searchParams, text } from '../../ui/searchParams';

const CITIES = ['moscow', 'yekaterinburg', 'vladivostok'] as const;

export const OfficesSearchSchema = searchParams({
  /** Visit services, several at once. */
  services: listOf(text(40), 12),
  city: oneOf(CITIES),
  q: text(80),
  radius: number(0.5, 50),
  lat: number(-90, 90),
  lon: number(-180, 180),
  open: on,
  online: on,
  /** The office whose card is open. */
  office: text(40),
});
export type OfficesSearch = ReturnType<typeof OfficesSearchSchema>;

export const BookSearchSchema = searchParams({
  service: text(40),
  office: text(40),
  doctor: text(40),
  city: oneOf(CITIES),
  /** Moving an existing booking: its id. */
  change: text(60),
});
export type BookSearch = ReturnType<typeof BookSearchSchema>;
