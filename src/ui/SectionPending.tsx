// A section that has not opened yet says so plainly instead of pretending.
import { t } from '../i18n/i18n';
import { Page } from './Page';

export function SectionPending(props: { title: string }) {
  return (
    <Page title={props.title} lead={t().pending.lead}>
      <p>{t().pending.detail}</p>
    </Page>
  );
}
