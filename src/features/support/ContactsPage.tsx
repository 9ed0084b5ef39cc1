// «Контакты поддержки»: every channel with its hours and answer time, and what to have at hand before
// calling. The numbers and addresses are invented (SUPPORT_CONTACTS).
import { Link } from '../../ui/Link';
import { SUPPORT_CONTACTS } from '../../domain/support/contacts';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { supportTexts } from '../../i18n/lazy/support';

export default function ContactsPage() {
  const c = () => supportTexts().support.contacts;
  return (
    <Page title={c().title} lead={c().lead}>
      <p class="notice">{c().simulated}</p>
      <dl class="card contact-list">
        <dt>{c().hotline}</dt>
        <dd>
          <a href={SUPPORT_CONTACTS.hotlineHref}>{SUPPORT_CONTACTS.hotline}</a>. {fill(c().hotlineHours, { city: SUPPORT_CONTACTS.cityPhone })}
        </dd>
        <dt>{c().operators}</dt>
        <dd>{c().operatorsHours}</dd>
        <dt>{c().chat}</dt>
        <dd>{c().chatHours}</dd>
        <dt>{c().email}</dt>
        <dd>
          <a href={`mailto:${SUPPORT_CONTACTS.email}`}>{SUPPORT_CONTACTS.email}</a>.{' '}
          {fill(c().emailAnswer, { hours: SUPPORT_CONTACTS.emailAnswerHours })}
        </dd>
        <dt>{c().postal}</dt>
        <dd>{SUPPORT_CONTACTS.postal[locale()]}</dd>
        <dt>{c().written}</dt>
        <dd>{c().writtenHours}</dd>
      </dl>
      <section class="card" aria-labelledby="contacts-request">
        <h2 id="contacts-request">{c().requestTitle}</h2>
        <p>{c().requestText}</p>
        <p>
          <Link to="/appeals/new" search={{ type: 'support' }} class="button">
            {supportTexts().support.requestLink}
          </Link>
        </p>
      </section>
      <section class="card" aria-labelledby="contacts-prepare">
        <h2 id="contacts-prepare">{c().prepareTitle}</h2>
        <ul>
          <li>{c().prepare.name}</li>
          <li>{c().prepare.ids}</li>
          <li>{c().prepare.number}</li>
          <li>{c().prepare.email}</li>
        </ul>
      </section>
    </Page>
  );
}
