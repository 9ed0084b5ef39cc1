// The page for an address that names an application, receipt, appeal or booking this account does not
// have on this device (a typo, an old link, someone else's record): a heading, what happened in plain
// words and the way back to the list. One component for all four, so they read alike.
import { Link } from './Link';
import { t } from '../i18n/i18n';
import { MISSING_BACK, type MissingKind } from './recordLookup';
import { Page } from './Page';

export { isMissing } from './recordLookup';

export function MissingItem(props: { kind: MissingKind }) {
  const text = () => t().missing[props.kind];
  return (
    <Page title={text().title} lead={text().text}>
      <p>
        <Link to={MISSING_BACK[props.kind]} search={{}} class="button">
          {text().back}
        </Link>
      </p>
    </Page>
  );
}
