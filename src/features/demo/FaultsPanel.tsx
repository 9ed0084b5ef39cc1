// Failures of the simulated department systems: added latency, a share of failed answers, an outage.
// Checked with the same schema the server uses; a wrong number is named and nothing typed is lost.
import * as v from 'valibot';
import { createResource, createSignal, Show } from 'solid-js';
import { FaultsSchema } from '../../domain/faults';
import { t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { changeFaults, readFaults } from './demoApi';
import { settled } from '../../ui/settled';

export function FaultsPanel() {
  const [faults] = createResource(readFaults);
  const [latency, setLatency] = createSignal<string | null>(null);
  const [rate, setRate] = createSignal<string | null>(null);
  const [outage, setOutage] = createSignal<boolean | null>(null);
  const [errors, setErrors] = createSignal<{ latencyMs?: string; errorRate?: string }>({});
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);

  const latencyValue = () => latency() ?? String(settled(faults)?.latencyMs ?? 0);
  const rateValue = () => rate() ?? String(Math.round((settled(faults)?.errorRate ?? 0) * 100));
  const outageValue = () => outage() ?? settled(faults)?.outage ?? false;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const candidate = {
      latencyMs: latencyValue().trim() === '' ? NaN : Number(latencyValue()),
      errorRate: rateValue().trim() === '' ? NaN : Number(rateValue()) / 100,
      outage: outageValue(),
    };
    const parsed = v.safeParse(FaultsSchema, candidate);
    if (!parsed.success) {
      const paths = new Set(parsed.issues.map((issue) => v.getDotPath(issue)));
      setErrors({
        latencyMs: paths.has('latencyMs') ? t().demo.latencyError : undefined,
        errorRate: paths.has('errorRate') ? t().demo.errorRateError : undefined,
      });
      document.getElementById(paths.has('latencyMs') ? 'fault-latency' : 'fault-rate')?.focus();
      return;
    }
    setErrors({});
    try {
      await changeFaults(parsed.output);
      setMessage({ ok: true, text: t().demo.faultsSaved });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="faults-title">
      <h2 id="faults-title">{t().demo.faultsTitle}</h2>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <div class="field">
          <label for="fault-latency">{t().demo.latency}</label>
          <span class="hint" id="fault-latency-hint">
            {t().demo.latencyHint}
          </span>
          <input
            id="fault-latency"
            inputmode="numeric"
            value={latencyValue()}
            onInput={(e) => setLatency(e.currentTarget.value)}
            aria-invalid={Boolean(errors().latencyMs)}
            aria-describedby={errors().latencyMs ? 'fault-latency-hint fault-latency-error' : 'fault-latency-hint'}
          />
          <Show when={errors().latencyMs}>
            <span class="error" id="fault-latency-error">
              {errors().latencyMs}
            </span>
          </Show>
        </div>
        <div class="field">
          <label for="fault-rate">{t().demo.errorRate}</label>
          <span class="hint" id="fault-rate-hint">
            {t().demo.errorRateHint}
          </span>
          <input
            id="fault-rate"
            inputmode="decimal"
            value={rateValue()}
            onInput={(e) => setRate(e.currentTarget.value)}
            aria-invalid={Boolean(errors().errorRate)}
            aria-describedby={errors().errorRate ? 'fault-rate-hint fault-rate-error' : 'fault-rate-hint'}
          />
          <Show when={errors().errorRate}>
            <span class="error" id="fault-rate-error">
              {errors().errorRate}
            </span>
          </Show>
        </div>
        <div class="check">
          <input id="fault-outage" type="checkbox" checked={outageValue()} onChange={(e) => setOutage(e.currentTarget.checked)} />
          <label for="fault-outage">{t().demo.outage}</label>
        </div>
        <button type="submit" class="button">
          {t().demo.saveFaults}
        </button>
      </form>
      <p role="status" class={message()?.ok === false ? 'notice error' : message() ? 'notice success' : ''}>
        {message()?.text}
      </p>
    </section>
  );
}
