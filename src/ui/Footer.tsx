// Footer: what Okno is, where the data lives, whether the whole app is saved for offline use, links for
// demo stands, and the running version.
import { Link } from './Link';
import { offlineReady } from '../client/serviceWorker';
import { t } from '../i18n/i18n';

export function Footer() {
  return (
    <footer class="footer">
      <div class="container">
        <div>
          <p>{t().footer.about}</p>
          <p>{t().footer.privacy}</p>
          <p class="offline-state" data-state={offlineReady()}>
            {offlineReady() === 'ready' ? t().footer.offlineReady : offlineReady() === 'failed' ? t().footer.offlineFailed : t().footer.offlineSaving}
          </p>
        </div>
        <div>
          <p>
            <Link to="/help/contacts">{t().nav.feedback}</Link> · <Link to="/verify">{t().nav.verify}</Link> ·{' '}
            <Link to="/developers/api">{t().nav.apiReference}</Link> · <Link to="/demo">{t().nav.demo}</Link> ·{' '}
            <Link to="/operator">{t().nav.operator}</Link> · <Link to="/settings/storage">{t().nav.storage}</Link>
          </p>
          <p data-build={__OKNO_BUILD_ID__}>
            {t().shell.version} {__OKNO_VERSION__}
          </p>
        </div>
      </div>
    </footer>
  );
}
