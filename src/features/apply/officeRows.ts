// How an application names its offices (issue 14, point 5), as text: the visit it booked and the office
// that hands out a paper result — for the application page, the pickup ticket and the PDF copy.
import type { renderApplicationCopyPdf } from '../../client/pdfClient';
import type { ApplicationView } from '../../domain/application';
import type { BookingView } from '../../domain/offices/booking';
import { officeById } from '../../domain/offices/offices';
import { fill, locale } from '../../i18n/i18n';
import { addressText, officeDateTime } from '../../ui/officeText';
import { casesTexts } from '../../i18n/lazy/cases';

type ApplicationCopyRow = Parameters<typeof renderApplicationCopyPdf>[0]['rows'][number];

/** «МФЦ «Мои документы» Центральный, Москва, ул. Лесная, 12» */
export function officeText(officeId: string | undefined): string | undefined {
  const office = officeId ? officeById(officeId) : undefined;
  return office && `${office.name[locale()]}, ${addressText(office)}`;
}

export function bookingText(booking: BookingView): string {
  const office = officeById(booking.officeId);
  const when = office ? officeDateTime(office, booking.startsAt) : '';
  return [fill(casesTexts().cases.visitBookingText, { ticket: booking.ticket }), when, officeText(booking.officeId)].filter(Boolean).join(', ');
}

/** The rows the PDF copy adds after the answers. */
export function officeRows(app: ApplicationView, booking: BookingView | undefined): ApplicationCopyRow[] {
  const rows: ApplicationCopyRow[] = [];
  if (booking) rows.push({ label: casesTexts().cases.visitBooking, value: bookingText(booking) });
  const office = app.resultWay === 'office' ? officeText(app.resultOfficeId) : undefined;
  if (office) rows.push({ label: casesTexts().cases.resultOffice, value: office });
  return rows;
}
