// One application: after sending, its number and what happens next; then what to do now, its history,
// and what was sent. Read from the device's mirror with a live query: the change feed keeps it current,
// and it opens offline too.
import { Link } from '../../ui/Link';
import { Show } from 'solid-js';
import { readCursor } from '../../client/changeFeed';
import { createLiveQuery } from '../../client/createLiveQuery';
import { readApplication, storeApplication } from '../../client/repos/applicationsRepo';
import { locale, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { isMissing, MissingItem } from '../../ui/MissingItem';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { CaseAnswers } from './CaseAnswers';
import { CaseSignature } from './CaseSignature';
import { CaseOfficeFacts } from './CaseOffices';
import { listMirroredBookings } from '../../client/repos/bookingsRepo';
import { CaseTimeline } from './CaseTimeline';
import { CaseTodo } from './CaseTodo';
import { CaseQuestions } from './CaseQuestions';
import { FixLinks } from './FixLinks';
import { RateService } from './RateService';
import { isRateable } from '../../domain/ratings/rating';
import { isDecided } from '../../domain/statuses';
import { StatusLabel } from './StatusLabel';
import { findService } from '../../domain/catalog/services';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { casesTexts } from '../../i18n/lazy/cases';

function Details(props: { accountId: string; id: string; created: boolean }) {
  const application = createLiveQuery(() => readApplication(props.accountId, props.id));
  // The simulated moment of the server's last answer: countdowns and «expired» are judged against it.
  const cursor = createLiveQuery(() => readCursor(props.accountId));
  // All the account's bookings, then the application's by id (the id arrives with the application).
  const bookings = createLiveQuery(() => listMirroredBookings(props.accountId));
  const booking = { value: () => bookings.value()?.find((b) => b.id === application.value()?.bookingId) };
  return (
    <Show
      when={application.value()}
      fallback={
        <Show
          when={isMissing(application)}
          fallback={
            <div class="container">
              <Show when={application.error()}>
                <p class="notice error" role="alert">
                  {errorText(application.error())}
                </p>
              </Show>
            </div>
          }
        >
          <MissingItem kind="application" />
        </Show>
      }
    >
      {(app) => (
        <Page title={findService(app().serviceId)?.title[locale()] ?? app().serviceId}>
          <Show when={props.created}>
            <div class="notice success" role="status">
              <p>
                <strong>{catalogTexts().apply.sent}</strong>
              </p>
              <p>
                {catalogTexts().apply.numberLabel}: <strong class="reference">{app().number}</strong>
              </p>
              <p>{catalogTexts().apply.whatNext}</p>
            </div>
          </Show>
          <dl class="facts">
            <dt>{catalogTexts().apply.numberLabel}</dt>
            <dd class="reference">{app().number}</dd>
            <dt>{catalogTexts().apply.statusLabel}</dt>
            <dd>
              <StatusLabel status={app().status} />
            </dd>
            <dt>{catalogTexts().apply.resultTitle}</dt>
            <dd>{catalogTexts().catalog.resultWays[app().resultWay]}</dd>
            <CaseOfficeFacts app={app()} booking={booking.value()} />
            <CaseSignature app={app()} />
            <FixLinks app={app()} />
          </dl>
          <CaseTodo app={{ ...app(), asOf: cursor.value()?.asOf }} onChange={(next) => void storeApplication(props.accountId, next)} />
          <Show when={isRateable(app().status)}>
            <RateService app={app()} onChange={(next) => void storeApplication(props.accountId, next)} />
          </Show>
          <CaseTimeline timeline={app().timeline} />
          <Show when={isDecided(app().status)}>
            <p>
              <Link to="/appeals/new" search={{ type: 'objection', topic: 'services', related: app().number, service: app().serviceId }}>
                {casesTexts().cases.object}
              </Link>
            </p>
          </Show>
          <CaseQuestions app={app()} onChange={(next) => void storeApplication(props.accountId, next)} />
          <CaseAnswers app={app()} booking={booking.value()} />
          <p>
            <Link to="/applications" class="button secondary">
              {t().nav.applications}
            </Link>
          </p>
        </Page>
      )}
    </Show>
  );
}

export default function ApplicationPage(props: { id: string; created: boolean }) {
  const account = useAccount();
  return <Details accountId={account().id} id={props.id} created={props.created} />;
}
