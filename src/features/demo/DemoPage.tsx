// «Демо-стенд»: the in-app face of the /api/_sim control surface, for demo stands and QA.
import { Link } from '../../ui/Link';
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { ClockPanel } from './ClockPanel';
import { DemoDataPanel } from './DemoDataPanel';
import { OperatorPinPanel } from './OperatorPinPanel';
import { ScenarioPanel } from './ScenarioPanel';
import { IdentityScenarioPanel } from './IdentityScenarioPanel';
import { FaultsPanel } from './FaultsPanel';
import { KioskPanel } from './KioskPanel';
import { ResetPanel } from './ResetPanel';
import { ToolsPanel } from './ToolsPanel';

export default function DemoPage() {
  return (
    <Page title={t().demo.title} lead={t().demo.lead}>
      <p>
        {t().demo.apiLead} <Link to="/developers/api">{t().nav.apiReference}</Link>
      </p>
      <DemoDataPanel />
      <ClockPanel />
      <ScenarioPanel />
      <IdentityScenarioPanel />
      <OperatorPinPanel />
      <KioskPanel />
      <FaultsPanel />
      <ToolsPanel />
      <ResetPanel />
    </Page>
  );
}
