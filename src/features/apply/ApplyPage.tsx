// «Получить услугу»: resumes the draft named in the address, or starts one prefilled from the profile,
// and hands it to the wizard. Offline it works the same: drafts live on the device.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createResource, Show } from 'solid-js';
import { createDraft, discardDraft, findDraftOf, readDraft, saveDraft } from '../../client/repos/draftsRepo';
import { formFingerprint, mergeDraftAnswers } from '../../domain/catalog/draftMerge';
import type { Answers } from '../../domain/catalog/formSchema';
import { IDENTITY_LEVELS, type AccountView } from '../../domain/account';
import { fill, locale, t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import type { Service } from '../../domain/catalog/serviceSchema';
import { NotFound } from '../../ui/NotFound';
import { useAccount } from '../../ui/signedIn';
import { findService } from '../../domain/catalog/services';
import { profileValues } from './profileValues';
import { Wizard } from './Wizard';
import { DELIVERY_STEP } from '../../domain/delivery';
import { DraftChoice } from './DraftChoice';
import { settled } from '../../ui/settled';
import { catalogTexts } from '../../i18n/lazy/catalog';

async function prefill(service: Service, account: AccountView): Promise<Record<string, string>> {
  const profile = await profileValues(account);
  const answers: Record<string, string> = {};
  // A service that can post its result gets the delivery address prefilled too (registration address).
  const delivery = service.results.includes('post') ? DELIVERY_STEP.fields : [];
  for (const field of [...service.steps.flatMap((step) => step.fields), ...delivery]) {
    const value = field.prefill ? profile[field.prefill] : undefined;
    if (typeof value === 'string' && value !== '') answers[field.id] = value;
  }
  return answers;
}

function Loader(props: { service: Service; account: AccountView; draftId?: string }) {
  const navigate = useNavigate();
  const [draft] = createResource(
    () => props.draftId ?? '',
    async (id) => {
      const found = id ? await readDraft(id) : undefined;
      const form = formFingerprint(props.service.steps);
      if (found && found.accountId === props.account.id && found.serviceId === props.service.id) {
        if (found.form === form) return { kind: 'wizard' as const, row: found, dropped: [] };
        // The service's form changed since this draft was begun: keep what still fits.
        const { kept, dropped } = mergeDraftAnswers(props.service.steps, found.answers as Answers);
        const step = dropped.length ? 0 : found.step;
        await saveDraft(found.accountId, found.id, { answers: kept, step, form });
        return { kind: 'wizard' as const, row: { ...found, answers: kept, step, form }, dropped };
      }
      // No draft named (or the named one is gone): one of this service already on the device is offered
      // instead of a duplicate.
      const existing = await findDraftOf(props.account.id, props.service.id);
      if (existing) return { kind: 'choice' as const, existing };
      return startDraft();
    },
  );
  const startDraft = async () => {
    const created = await createDraft(
      props.account.id,
      props.service.id,
      await prefill(props.service, props.account),
      formFingerprint(props.service.steps),
    );
    await navigate({ to: '/catalog/$serviceId/apply', params: { serviceId: props.service.id }, search: { draft: created }, replace: true });
    const row = await readDraft(created);
    return row ? { kind: 'wizard' as const, row, dropped: [] } : undefined;
  };
  const startAnew = async (old: string) => {
    await discardDraft(props.account.id, old);
    await startDraft();
  };
  return (
    <Show when={settled(draft)} keyed>
      {(loaded) =>
        loaded.kind === 'choice' ? (
          <DraftChoice service={props.service} draft={loaded.existing} onStartAnew={() => startAnew(loaded.existing.id)} />
        ) : (
          <Wizard service={props.service} draft={loaded.row} dropped={loaded.dropped} />
        )
      }
    </Show>
  );
}

/** Said before any question is asked, not after the SMS code. */
function LevelTooLow(props: { service: Service }) {
  return (
    <Page title={props.service.title[locale()]}>
      <p class="notice" role="status">
        {fill(catalogTexts().catalog.identityNeeded, { level: t().levels[props.service.identityLevel] })}
      </p>
      <Link to="/profile/identity" class="button">
        {catalogTexts().catalog.identityLink}
      </Link>
    </Page>
  );
}

/** A service done on its own page (the doctor's appointment): its form is never shown, the page opens instead. */
function ToolInstead(props: { to: NonNullable<Service['tool']>['to'] }) {
  const navigate = useNavigate();
  void navigate({ to: props.to, replace: true });
  return null;
}

export default function ApplyPage(props: { serviceId: string; draftId?: string }) {
  const enough = (account: AccountView, service: Service) =>
    IDENTITY_LEVELS.indexOf(account.identityLevel) >= IDENTITY_LEVELS.indexOf(service.identityLevel);
  const account = useAccount();
  return (
    <Show when={findService(props.serviceId)} keyed fallback={<NotFound />}>
      {(service) => (
        <Show when={!service.tool?.only} fallback={<ToolInstead to={service.tool!.to} />}>
          <Show when={enough(account(), service)} fallback={<LevelTooLow service={service} />}>
            <Loader service={service} account={account()} draftId={props.draftId} />
          </Show>
        </Show>
      )}
    </Show>
  );
}
