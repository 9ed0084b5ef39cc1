// The «sent» part of «Мои заявления»: filters in the URL, the virtualized list, an error or empty note.
// Reads the device's mirror through a live query kept for the signed-in account: it shows at once (also
// offline, also on coming back) and follows the change feed without ever asking the server itself.
import { useNavigate } from '@tanstack/solid-router';
import { createMemo, Show } from 'solid-js';
import { watchApplications } from '../../client/applicationsList';

import { errorText } from '../../ui/errorText';
import { CasesFilters } from './CasesFilters';
import { CasesList } from './CasesList';
import { filterCases, type CasesSearch } from './casesQuery';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { casesTexts } from '../../i18n/lazy/cases';

export function CasesSection(props: { accountId: string; search: CasesSearch }) {
  const navigate = useNavigate();
  const applications = watchApplications(props.accountId);
  const shown = createMemo(() => filterCases(applications.value() ?? [], props.search));
  const update = (patch: Partial<CasesSearch>) => void navigate({ to: '/applications', search: { ...props.search, ...patch }, replace: true });
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{catalogTexts().apply.sentTitle}</h2>
      <Show when={applications.error()}>
        <p class="notice error" role="alert">
          {errorText(applications.error())}
        </p>
      </Show>
      <Show when={applications.value()}>
        {(all) => (
          <Show when={all().length} fallback={<p>{catalogTexts().apply.noApplications}</p>}>
            <CasesFilters
              search={props.search}
              found={shown().length}
              onChange={update}
              onReset={() => void navigate({ to: '/applications', search: {}, replace: true })}
            />
            <Show when={shown().length} fallback={<p>{casesTexts().cases.none}</p>}>
              <CasesList cases={shown()} />
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
