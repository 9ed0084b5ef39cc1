// An application's links to offices (issue 14, point 5): a service that books a visit must name the
// citizen's own, still valid booking for that visit; a paper result names a real office that hands
// documents out (or the visit's own office). Refusals are field errors under the wizard's keys.
import { HOLDING } from '../../domain/offices/booking';
import { isPickupOffice, wizardVisit } from '../../domain/offices/visitLinks';
import type { Submission } from '../../domain/application';
import { ApiError } from '../http';
import type { RequestContext } from '../router';

export interface VisitLinks {
  bookingId?: string;
  resultOfficeId?: string;
}

export async function checkVisitLinks(ctx: RequestContext, accountId: string, serviceId: string, submission: Submission): Promise<VisitLinks> {
  const visit = wizardVisit(serviceId);
  const links: VisitLinks = {};
  let bookedOfficeId: string | undefined;
  if (visit) {
    if (!submission.bookingId) throw new ApiError(422, 'validation', 'The visit is not booked', { $visitBooking: 'visit_required' });
    const booking = await ctx.db.bookings.get(submission.bookingId);
    const valid = booking && booking.accountId === accountId && booking.serviceId === visit && HOLDING.includes(booking.status);
    if (!valid) throw new ApiError(422, 'validation', 'The booking is not valid for this application', { $visitBooking: 'visit_invalid' });
    links.bookingId = booking.id;
    bookedOfficeId = booking.officeId;
  }
  if (submission.resultWay === 'office' && submission.resultOfficeId !== undefined) {
    if (!isPickupOffice(submission.resultOfficeId, bookedOfficeId))
      throw new ApiError(422, 'validation', 'No such office hands out documents', { $resultOffice: 'invalid_value' });
    links.resultOfficeId = submission.resultOfficeId;
  }
  return links;
}
