// «Помощь»: how to install Okno, how offline work behaves, where the data lives, how to reach support.
import { Link } from '@tanstack/solid-router';
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

export default function HelpPage() {
  return (
    <Page title={t().help.title} lead={t().help.lead}>
      <section class="card" aria-labelledby="help-install">
        <h2 id="help-install">{t().help.installTitle}</h2>
        <ul>
          <li>{t().help.installAndroid}</li>
          <li>{t().help.installIos}</li>
          <li>{t().help.installDesktop}</li>
        </ul>
      </section>
      <section class="card" aria-labelledby="help-offline">
        <h2 id="help-offline">{t().help.offlineTitle}</h2>
        <p>{t().help.offlineText}</p>
      </section>
      <section class="card" aria-labelledby="help-data">
        <h2 id="help-data">{t().help.dataTitle}</h2>
        <p>{t().help.dataText}</p>
        <Link to="/settings/storage">{t().nav.storage}</Link>
      </section>
      <section class="card" aria-labelledby="help-contacts">
        <h2 id="help-contacts">{t().help.contactsTitle}</h2>
        <p>{t().help.contactsText}</p>
      </section>
    </Page>
  );
}
