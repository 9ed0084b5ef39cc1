// «Операторская» (being built).
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';

export default function OperatorPage() {
  return <Page title={t().operator.title}>{null}</Page>;
}
