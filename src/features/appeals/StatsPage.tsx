// Statistics of the citizen's appeals from the device mirror: counts by type and status, mean time to
// answer, the share in term and mean ratings, as SVG charts each followed by its table.
import { createMemo, Show } from 'solid-js';
import type { AccountView } from '../../domain/account';
import { APPEAL_TYPES } from '../../domain/appeals/kinds';
import { appealStats } from '../../domain/appeals/stats';
import { APPEAL_STATUSES } from '../../domain/appeals/types';
import { RATING_CRITERIA } from '../../domain/appeals/view';
import { fill, locale } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { BarChart } from './BarChart';
import { createAppealsMirror } from './createAppealsMirror';
import { SupportStatsSection } from './SupportStatsSection';
import { appealsTexts } from '../../i18n/lazy/appeals';

function Stats(props: { account: () => AccountView }) {
  const s = () => appealsTexts().appeals.stats;
  const a = () => appealsTexts().appeals;
  const { appeals } = createAppealsMirror(() => props.account().id);
  const stats = createMemo(() => appealStats(appeals.value() ?? []));
  const percent = (share: number) =>
    new Intl.NumberFormat(locale() === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
  return (
    <Page title={s().title} lead={s().lead}>
      <Show when={stats().total} fallback={<p>{s().empty}</p>}>
        <BarChart
          id="by-type"
          title={s().byType}
          headLabel={a().type}
          valueLabel={s().count}
          rows={APPEAL_TYPES.map((k) => ({ label: a().types[k], value: stats().byType[k] }))}
        />
        <BarChart
          id="by-status"
          title={s().byStatus}
          headLabel={a().status}
          valueLabel={s().count}
          rows={APPEAL_STATUSES.map((k) => ({ label: a().statuses[k], value: stats().byStatus[k] }))}
        />
        <Show when={stats().meanAnswerDays !== null}>
          <p>{fill(s().meanAnswer, { days: stats().meanAnswerDays! })}</p>
          <p>{fill(s().inTerm, { share: percent(stats().inTermShare!) })}</p>
        </Show>
        <Show when={stats().ratings} fallback={<p>{s().noRatings}</p>}>
          {(ratings) => (
            <BarChart
              id="ratings"
              title={s().ratings}
              headLabel={s().criterion}
              valueLabel={s().mean}
              rows={RATING_CRITERIA.map((c) => ({ label: a().criteria[c], value: ratings()[c] }))}
            />
          )}
        </Show>
      </Show>
      <SupportStatsSection accountId={props.account().id} appeals={appeals.value() ?? []} percent={percent} />
    </Page>
  );
}

export default function StatsPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Stats account={account} />;
}
