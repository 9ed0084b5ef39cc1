// The registry check on «Проверьте данные» (issue 19.3): before sending, the answers the department's
// registry («Мои данные») would find different, each with a way to correct it, or word that all match.
import { Link } from '../../ui/Link';
import { createResource, For, Show } from 'solid-js';
import type { Answers } from '../../domain/catalog/formSchema';
import type { Service } from '../../domain/catalog/serviceSchema';
import { REGISTRY_SERVICES, registryMismatches } from '../../domain/registryMatch';
import { fill, locale } from '../../i18n/i18n';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { useAccount } from '../../ui/signedIn';
import { profileValues } from './profileValues';
import { pageOfField, type WizardPage } from './wizardSteps';

export function RegistryCheck(props: { service: Service; pages: WizardPage[]; answers: Answers; onEdit: (page: number) => void }) {
  const account = useAccount();
  const [registry] = createResource(() => profileValues(account()));
  const label = (id: string) => props.service.steps.flatMap((step) => step.fields).find((field) => field.id === id)?.label[locale()] ?? id;
  const mismatches = () => (registry() ? registryMismatches(props.service, props.answers, registry()!) : []);
  const texts = () => catalogTexts().apply;
  return (
    <Show when={REGISTRY_SERVICES.has(props.service.id) && registry()}>
      <Show when={mismatches().length} fallback={<p class="notice success">{texts().registryOk}</p>}>
        <section class="notice warning" aria-labelledby="registry-title">
          <h3 id="registry-title">{texts().registryTitle}</h3>
          <p>{texts().registryIntro}</p>
          <ul>
            <For each={mismatches()}>
              {(m) => (
                <li>
                  {fill(texts().registryRow, { label: label(m.field), answer: m.answer || texts().blank, registry: m.registry || texts().blank })}{' '}
                  <button type="button" class="button secondary small" onClick={() => props.onEdit(pageOfField(props.pages, m.field))}>
                    {fill(texts().registryFix, { label: label(m.field) })}
                  </button>
                </li>
              )}
            </For>
          </ul>
          <p>{texts().registryOutcome}</p>
          <p>
            <Link to="/profile">{texts().registryProfile}</Link>
          </p>
        </section>
      </Show>
    </Show>
  );
}
