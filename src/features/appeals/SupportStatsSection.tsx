// The support part of «Статистика обращений»: requests by category, answer time and term, reopens and
// ratings, and the chats with their operator ratings, all from the device's mirrors.
import { createMemo, Show } from 'solid-js';
import { createLiveQuery } from '../../client/createLiveQuery';
import { listChats } from '../../client/repos/supportChatRepo';
import { supportStats } from '../../domain/appeals/supportStats';
import type { AppealView } from '../../domain/appeals/view';
import { SUPPORT_CATEGORIES } from '../../domain/support/supportCategories';
import { fill } from '../../i18n/i18n';
import { BarChart } from './BarChart';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { supportTexts } from '../../i18n/lazy/support';

/** The chart leaves 170 units for a label: long category names are cut there (the table below has them whole). */
const CHART_LABEL_CHARS = 26;
const short = (label: string) => (label.length > CHART_LABEL_CHARS ? `${label.slice(0, CHART_LABEL_CHARS - 1).trimEnd()}…` : label);

export function SupportStatsSection(props: { accountId: string; appeals: readonly AppealView[]; percent: (share: number) => string }) {
  const s = () => appealsTexts().appeals.supportRequest.stats;
  const chats = createLiveQuery(() => listChats(props.accountId));
  const stats = createMemo(() => supportStats(props.appeals, chats.value() ?? []));
  return (
    <section aria-labelledby="support-stats">
      <h2 id="support-stats">{s().title}</h2>
      <Show when={stats().requests || stats().chats} fallback={<p>{s().empty}</p>}>
        <Show when={stats().requests}>
          <BarChart
            id="by-category"
            title={s().byCategory}
            headLabel={s().category}
            valueLabel={appealsTexts().appeals.stats.count}
            rows={SUPPORT_CATEGORIES.map((c) => ({
              label: supportTexts().support.categories[c],
              chartLabel: short(supportTexts().support.categories[c]),
              value: stats().byCategory[c],
            }))}
          />
        </Show>
        <Show when={stats().meanAnswerHours !== null}>
          <p>{fill(s().meanAnswer, { hours: stats().meanAnswerHours! })}</p>
          <p>{fill(s().inTerm, { share: props.percent(stats().inTermShare!) })}</p>
          <p>{fill(s().reopened, { n: stats().reopened })}</p>
        </Show>
        <Show when={stats().requestRating !== null}>
          <p>{fill(s().requestRating, { mean: stats().requestRating! })}</p>
        </Show>
        <p>{fill(s().chats, { n: stats().chats, handed: stats().handedOver })}</p>
        <Show when={stats().chatRating !== null}>
          <p>{fill(s().chatRating, { mean: stats().chatRating!, n: stats().ratedChats })}</p>
        </Show>
      </Show>
    </section>
  );
}
