// The «sent» part of «Мои заявления»: filters in the URL, the virtualized list, an error or empty note.
import { useNavigate } from '@tanstack/solid-router';
import { createMemo, createResource, Show } from 'solid-js';
import { lastPull } from '../../client/changeFeed';
import { t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { listApplications } from './applyApi';
import { sentFromOutbox } from './submissionOutbox';
import { CasesFilters } from './CasesFilters';
import { CasesList } from './CasesList';
import { filterCases, type CasesSearch } from './casesQuery';

export function CasesSection(props: { search: CasesSearch }) {
  const navigate = useNavigate();
  const [applications] = createResource(() => [lastPull(), sentFromOutbox()], () => listApplications());
  const shown = createMemo(() => filterCases(settled(applications) ?? [], props.search));
  const update = (patch: Partial<CasesSearch>) =>
    void navigate({ to: '/applications', search: (prev: CasesSearch) => ({ ...prev, ...patch }), replace: true });
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t().apply.sentTitle}</h2>
      <Show when={applications.error}>
        <p class="notice error" role="alert">{errorText(applications.error)}</p>
      </Show>
      <Show when={settled(applications)}>
        {(all) => (
          <Show when={all().length} fallback={<p>{t().apply.noApplications}</p>}>
            <CasesFilters search={props.search} found={shown().length} onChange={update} onReset={() => void navigate({ to: '/applications', search: {}, replace: true })} />
            <Show when={shown().length} fallback={<p>{t().cases.none}</p>}>
              <CasesList cases={shown()} />
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
