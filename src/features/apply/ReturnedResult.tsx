// A paper result nobody collected in time: the office returned it to the department's archive. The card
// says when that happened and the two ways to get the document after all.
import { Link } from '../../ui/Link';
import type { ApplicationView } from '../../domain/application';
import { fill, formatDateTime } from '../../i18n/i18n';
import { casesTexts } from '../../i18n/lazy/cases';

export function ReturnedResult(props: { app: ApplicationView }) {
  return (
    <section class="card todo attention" aria-labelledby="returned-title">
      <h2 id="returned-title">{casesTexts().cases.returnedTitle}</h2>
      <p>{fill(casesTexts().cases.returnedLead, { date: formatDateTime(props.app.pickupDeadline ?? props.app.updatedAt) })}</p>
      <p>{casesTexts().cases.returnedHow}</p>
      <div class="button-row">
        <Link to="/catalog/$serviceId" params={{ serviceId: props.app.serviceId }} class="button">
          {casesTexts().cases.applyAgain}
        </Link>
        <Link
          to="/appeals/new"
          search={{
            type: 'request',
            topic: 'services',
            related: props.app.number,
            service: props.app.serviceId,
            reason: fill(casesTexts().cases.returnedRequestText, { number: props.app.number }),
          }}
          class="button secondary"
        >
          {casesTexts().cases.returnedRequest}
        </Link>
      </div>
    </section>
  );
}
