// «Мои обращения»: the account's appeals from the device mirror, ranked keyword search and filters kept
// in the address; eight digits of a number open that appeal directly.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createEffect, createMemo, For, Show } from 'solid-js';
import type { AccountView } from '../../domain/account';
import { APPEAL_TYPES } from '../../domain/appeals/kinds';
import type { AppealView } from '../../domain/appeals/view';
import { APPEAL_NUMBER, indexAppeals, listAppeals } from '../../domain/appeals/search';
import { APPEAL_STATUSES } from '../../domain/appeals/types';
import { formatMoscowDateTime } from '../../domain/calendar';
import { fill } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { useAccount } from '../../ui/signedIn';
import { AppealStatus } from './AppealStatus';
import type { AppealsSearch } from './appealsSearch';
import { createAppealsMirror } from './createAppealsMirror';
import { UnfinishedAppeal } from './UnfinishedAppeal';
import { appealsTexts } from '../../i18n/lazy/appeals';
import { supportTexts } from '../../i18n/lazy/support';

const date = (ms: number) => formatMoscowDateTime(ms).slice(0, 10);

function Appeals(props: { account: () => AccountView; search: AppealsSearch }) {
  const navigate = useNavigate();
  const { appeals } = createAppealsMirror(() => props.account().id);
  // Built on the first search and kept until the list changes (a memo would build it for the plain list too).
  let built: { from: readonly AppealView[]; index: ReturnType<typeof indexAppeals> } | undefined;
  const index = () => {
    const from = appeals.value() ?? [];
    if (built?.from !== from) built = { from, index: indexAppeals(from) };
    return built.index;
  };
  const shown = createMemo(() => listAppeals(appeals.value() ?? [], index, props.search));
  const update = (patch: Partial<AppealsSearch>) => void navigate({ to: '/appeals', search: { ...props.search, ...patch }, replace: true });
  createEffect(() => {
    const number = APPEAL_NUMBER.exec(props.search.q ?? '')?.[1];
    const found = number && (appeals.value() ?? []).find((a) => a.number === number);
    if (found) void navigate({ to: '/appeals/$appealId', params: { appealId: found.id } });
  });
  const a = () => appealsTexts().appeals;
  return (
    <Page title={a().title} lead={a().lead}>
      <div class="button-row">
        <Link to="/appeals/new" class="button">
          {a().create}
        </Link>
        <Link to="/appeals/new" search={{ type: 'support' }} class="button secondary">
          {a().supportRequest.link}
        </Link>
        <Link to="/appeals/stats" class="button secondary">
          {a().statsLink}
        </Link>
        <Link to="/appeals/disagree" class="button secondary">
          {a().disagreeLink}
        </Link>
      </div>
      <UnfinishedAppeal accountId={props.account().id} />
      <Show when={appeals.value()} fallback={<p role="status">{a().loading}</p>}>
        {(all) => (
          <Show when={all().length} fallback={<p>{a().none}</p>}>
            <form class="filters" role="search" aria-label={a().search} onSubmit={(e) => e.preventDefault()}>
              <div class="field">
                <label for="appeals-q">{a().search}</label>
                <p class="hint" id="appeals-q-hint">
                  {a().searchHint}
                </p>
                <input
                  id="appeals-q"
                  type="search"
                  aria-describedby="appeals-q-hint"
                  value={props.search.q ?? ''}
                  onInput={(e) => update({ q: e.currentTarget.value || undefined })}
                />
              </div>
              <div class="field">
                <label for="appeals-status">{a().status}</label>
                <select
                  id="appeals-status"
                  value={props.search.status ?? ''}
                  onChange={(e) => update({ status: (e.currentTarget.value || undefined) as AppealsSearch['status'] })}
                >
                  <option value="">{a().anyStatus}</option>
                  <For each={APPEAL_STATUSES}>{(s) => <option value={s}>{a().statuses[s]}</option>}</For>
                </select>
              </div>
              <div class="field">
                <label for="appeals-type">{a().type}</label>
                <select
                  id="appeals-type"
                  value={props.search.type ?? ''}
                  onChange={(e) => update({ type: (e.currentTarget.value || undefined) as AppealsSearch['type'] })}
                >
                  <option value="">{a().anyType}</option>
                  <For each={APPEAL_TYPES}>{(s) => <option value={s}>{a().types[s]}</option>}</For>
                </select>
              </div>
              <button
                type="button"
                class="button secondary small"
                onClick={() => void navigate({ to: '/appeals', search: props.search.archive ? { archive: true } : {}, replace: true })}
              >
                {a().reset}
              </button>
              <button
                type="button"
                class="button secondary small"
                aria-describedby="appeals-archive-hint"
                onClick={() => update({ archive: props.search.archive ? undefined : true })}
              >
                {props.search.archive ? a().hideArchive : a().showArchive}
              </button>
              <p class="hint" id="appeals-archive-hint">
                {a().archiveHint}
              </p>
            </form>
            <p role="status" aria-live="polite">
              {fill(a().found, { n: shown().length })}
            </p>
            <Show when={shown().length} fallback={<p>{a().noneFound}</p>}>
              <table class="appeals-table" aria-label={a().listLabel}>
                <thead>
                  <tr>
                    <For each={Object.values(a().columns)}>{(title) => <th scope="col">{title}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={shown().slice(0, 200)}>
                    {(appeal) => (
                      <tr>
                        <td>
                          <Link to="/appeals/$appealId" params={{ appealId: appeal.id }}>
                            {appeal.number}
                          </Link>
                        </td>
                        <td>{a().types[appeal.type]}</td>
                        <td>
                          {appeal.subject}
                          <br />
                          <span class="hint">{appeal.category ? supportTexts().support.categories[appeal.category] : a().topics[appeal.topic]}</span>
                        </td>
                        <td>
                          <AppealStatus status={appeal.status} />
                          <Show when={appeal.archivedAt}> · {a().archived}</Show>
                        </td>
                        <td>{date(appeal.sentAt)}</td>
                        {/* Support terms run in hours: the time matters as much as the day. */}
                        <td>{appeal.type === 'support' ? formatMoscowDateTime(appeal.deadline) : date(appeal.deadline)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </Show>
        )}
      </Show>
    </Page>
  );
}

export default function AppealsPage(props: { search: AppealsSearch }) {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Appeals account={account} search={props.search} />;
}
