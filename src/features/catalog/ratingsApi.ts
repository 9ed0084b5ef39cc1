// A service's ratings over every account, from the public catalog answer (like offices' availability:
// public data, not the citizen's own, so no mirror). Read once when the service page opens.
import { apiGet } from '../../client/api';
import { ServiceRatingsSchema, type ServiceRatings } from '../../domain/answers/ratings';

/** The statistics, or null when the server cannot be reached (the page says so and works on). */
export async function readServiceRatings(serviceId: string): Promise<ServiceRatings | null> {
  try {
    return await apiGet(`/catalog/services/${encodeURIComponent(serviceId)}/ratings`, ServiceRatingsSchema);
  } catch {
    return null;
  }
}
