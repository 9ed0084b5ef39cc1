// How the simulated department answers new passport scans with a selfie (issue 19.15): approve after the
// check time, refuse with a reason, or leave them to the operator console. GET/POST /api/_sim/identity-scenario.
import { createResource, createSignal, For, Show } from 'solid-js';
import { apiGet, apiPost } from '../../client/api';
import { IDENTITY_SCENARIOS, IdentityScenarioSettingSchema, type IdentityScenario } from '../../domain/identityRefusal';
import { fill } from '../../i18n/i18n';
import { demoDataTexts } from '../../i18n/lazy/demoData';
import { errorText } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';

type Choice = keyof ReturnType<typeof demoDataTexts>['identityScenario']['options'];

export function IdentityScenarioPanel() {
  const texts = () => demoDataTexts().identityScenario;
  const [setting, { mutate }] = createResource(() => apiGet('/_sim/identity-scenario', IdentityScenarioSettingSchema));
  const [choice, setChoice] = createSignal<IdentityScenario | null>(null);
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const value = () => choice() ?? settled(setting)?.scenario ?? 'approve';
  const label = (scenario: IdentityScenario) => texts().options[scenario as Choice] ?? scenario;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    try {
      const saved = await apiPost('/_sim/identity-scenario', { scenario: value() }, IdentityScenarioSettingSchema);
      mutate(saved);
      setChoice(null);
      setMessage({ ok: true, text: fill(texts().saved, { choice: label(saved.scenario) }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="identity-scenario-title">
      <h2 id="identity-scenario-title">{texts().title}</h2>
      <p>{texts().text}</p>
      <Show when={setting.error}>
        <p class="notice error" role="alert">
          {errorText(setting.error)}
        </p>
      </Show>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <div class="field field-wide">
          <label for="identity-scenario-select">{texts().label}</label>
          <select id="identity-scenario-select" value={value()} onChange={(e) => setChoice(e.currentTarget.value)}>
            <For each={IDENTITY_SCENARIOS}>
              {(option) => (
                <option value={option} selected={option === value()}>
                  {label(option)}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="button">
          {texts().save}
        </button>
      </form>
      <StatusLine message={message()} />
    </section>
  );
}
