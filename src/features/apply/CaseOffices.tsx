// An application's offices (issue 14, point 5): the visit it booked (a link to the ticket) and the office
// that hands out a paper result, or the address the post delivers it to. The booking is read from the device's mirror of «Мои записи».
import { Link } from '../../ui/Link';
import { Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import type { BookingView } from '../../domain/offices/booking';

import { bookingText, officeText } from './officeRows';
import { casesTexts } from '../../i18n/lazy/cases';

export function CaseOfficeFacts(props: { app: ApplicationView; booking: BookingView | undefined }) {
  return (
    <>
      <Show when={props.booking}>
        {(b) => (
          <>
            <dt>{casesTexts().cases.visitBooking}</dt>
            <dd>
              <Link to="/bookings/$bookingId" params={{ bookingId: b().id }}>
                {bookingText(b())}
              </Link>
            </dd>
          </>
        )}
      </Show>
      <Show when={props.app.resultWay === 'office' && officeText(props.app.resultOfficeId)}>
        {(text) => (
          <>
            <dt>{casesTexts().cases.resultOffice}</dt>
            <dd>{text()}</dd>
          </>
        )}
      </Show>
      <Show when={props.app.resultWay === 'post' && props.app.deliveryAddress}>
        {(line) => (
          <>
            <dt>{casesTexts().cases.deliveryAddress}</dt>
            <dd>{line()}</dd>
          </>
        )}
      </Show>
    </>
  );
}
