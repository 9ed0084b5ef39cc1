// The story new applications play (GET/POST /api/_sim/scenario) and the seed that times them, with a
// plain description of every scenario. A wrong seed is named at the field and nothing typed is lost.
import * as v from 'valibot';
import { createResource, createSignal, For, Show } from 'solid-js';
import { REJECTION_REASONS, type RejectionReason, type Scenario } from '../../domain/scenario';
import { fill, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { settled } from '../../ui/settled';
import { changeScenario, readScenario, SeedSchema } from './demoDataApi';
import { demoDataTexts } from '../../i18n/lazy/demoData';

const PLAIN = ['random', 'happy', 'documents_requested', 'slow', 'technical_failure', 'manual'] as const;
const SCENARIOS: Scenario[] = [...PLAIN, ...REJECTION_REASONS.map((reason) => `rejected:${reason}`)];

function reasonOf(scenario: Scenario): RejectionReason | null {
  return scenario.startsWith('rejected:') ? (scenario.slice('rejected:'.length) as RejectionReason) : null;
}

function scenarioLabel(scenario: Scenario): string {
  const reason = reasonOf(scenario);
  const texts = demoDataTexts().demoData;
  return reason ? fill(texts.rejected, { reason: t().rejectionReasons[reason] }) : texts.scenarios[scenario as (typeof PLAIN)[number]];
}

function scenarioHint(scenario: Scenario): string {
  const reason = reasonOf(scenario);
  const texts = demoDataTexts().demoData;
  return reason ? fill(texts.rejectedHint, { reason: t().rejectionReasons[reason] }) : texts.scenarioHints[scenario as (typeof PLAIN)[number]];
}

export function ScenarioPanel() {
  const [settings, { mutate }] = createResource(readScenario);
  const [scenario, setScenario] = createSignal<Scenario | null>(null);
  const [seed, setSeed] = createSignal<string | null>(null);
  const [seedError, setSeedError] = createSignal(false);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);

  const scenarioValue = () => scenario() ?? settled(settings)?.scenario ?? 'random';
  const seedValue = () => seed() ?? settled(settings)?.seed ?? '';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = v.safeParse(SeedSchema, seedValue());
    setSeedError(!parsed.success);
    if (!parsed.success) {
      document.getElementById('scenario-seed')?.focus();
      return;
    }
    try {
      const next = await changeScenario({ scenario: scenarioValue(), seed: parsed.output });
      mutate(next);
      setScenario(null);
      setSeed(null);
      setMessage({ ok: true, text: fill(demoDataTexts().demoData.saved, { scenario: scenarioLabel(next.scenario), seed: next.seed }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{demoDataTexts().demoData.scenarioTitle}</h2>
      <p>{demoDataTexts().demoData.scenarioText}</p>
      <Show when={settings.error}>
        <p class="notice error" role="alert">
          {errorText(settings.error)}
        </p>
      </Show>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <div class="field field-wide">
          <label for="scenario-select">{demoDataTexts().demoData.scenario}</label>
          <select
            id="scenario-select"
            value={scenarioValue()}
            onChange={(e) => setScenario(e.currentTarget.value as Scenario)}
            aria-describedby="scenario-select-hint"
          >
            <For each={SCENARIOS}>
              {(option) => (
                <option value={option} selected={option === scenarioValue()}>
                  {scenarioLabel(option)}
                </option>
              )}
            </For>
          </select>
          <span class="hint" id="scenario-select-hint">
            {scenarioHint(scenarioValue())}
          </span>
        </div>
        <div class="field">
          <label for="scenario-seed">{demoDataTexts().demoData.seed}</label>
          <span class="hint" id="scenario-seed-hint">
            {demoDataTexts().demoData.seedHint}
          </span>
          <input
            id="scenario-seed"
            value={seedValue()}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => setSeed(e.currentTarget.value)}
            aria-invalid={seedError()}
            aria-describedby={seedError() ? 'scenario-seed-hint scenario-seed-error' : 'scenario-seed-hint'}
          />
          <Show when={seedError()}>
            <span class="error" id="scenario-seed-error">
              {demoDataTexts().demoData.seedError}
            </span>
          </Show>
        </div>
        <button type="submit" class="button">
          {demoDataTexts().demoData.save}
        </button>
      </form>
      <p role="status" class={message()?.ok === false ? 'notice error' : message() ? 'notice success' : ''}>
        {message()?.text}
      </p>
      <details>
        <summary>{demoDataTexts().demoData.allScenarios}</summary>
        <dl class="facts">
          <For each={SCENARIOS}>
            {(option) => (
              <>
                <dt>{scenarioLabel(option)}</dt>
                <dd>{scenarioHint(option)}</dd>
              </>
            )}
          </For>
        </dl>
      </details>
    </section>
  );
}
