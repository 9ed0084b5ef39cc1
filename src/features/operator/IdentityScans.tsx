// «Проверка личности» in the console: the scans waiting for an answer; the clerk confirms the identity
// or refuses with one of the reasons the domain lists (the citizen reads it with what to do next).
import { createResource, createSignal, For, Show } from 'solid-js';
import { IDENTITY_REFUSAL_REASONS, type IdentityRefusalReason, type PendingScan } from '../../domain/identityRefusal';
import { fill, formatDateTime } from '../../i18n/i18n';
import { operatorTexts } from '../../i18n/lazy/operator';
import { profileTexts } from '../../i18n/lazy/profile';
import { errorText } from '../../ui/errorText';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { decideScan, listScans } from './accountsConsoleApi';

const REASONS = Object.keys(IDENTITY_REFUSAL_REASONS) as IdentityRefusalReason[];

export function IdentityScans(props: { pin: string }) {
  const c = () => operatorTexts().accountsConsole;
  const [scans, { refetch }] = createResource(() => listScans(props.pin));
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const reasonName = (reason: IdentityRefusalReason) => profileTexts().identity.refusals[reason].reason;

  const decide = async (scan: PendingScan, reason: IdentityRefusalReason | null) => {
    setMessage(null);
    try {
      await decideScan(props.pin, scan.accountId, reason ? { decision: 'refuse', reason } : { decision: 'approve' });
      setMessage({
        ok: true,
        text: reason ? fill(c().refused, { name: scan.name, reason: reasonName(reason) }) : fill(c().approved, { name: scan.name }),
      });
      await refetch();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="scans-title">
      <h2 id="scans-title">{c().scansTitle}</h2>
      <StatusLine message={message()} />
      <Show when={scans.error}>
        <p class="notice error" role="alert">
          {errorText(scans.error)}
        </p>
      </Show>
      <Show when={scans()?.scans.length} fallback={<Show when={scans()}>{<p>{c().scansEmpty}</p>}</Show>}>
        <ul class="plain-list">
          <For each={scans()!.scans}>
            {(scan) => {
              let reason: HTMLSelectElement | undefined;
              const id = `refuse-${scan.accountId}`;
              return (
                <li class="card">
                  <h3>{scan.name}</h3>
                  <dl>
                    <dt>{c().scanColumns.birthDate}</dt>
                    <dd>{scan.birthDate.split('-').reverse().join('.')}</dd>
                    <dt>{c().scanColumns.passport}</dt>
                    <dd>{scan.passport}</dd>
                    <dt>{c().scanColumns.sent}</dt>
                    <dd>{formatDateTime(scan.submittedAt)}</dd>
                    <dt>{c().scanColumns.attempt}</dt>
                    <dd>{scan.attempt}</dd>
                  </dl>
                  <div class="field">
                    <label for={id}>{c().refuseReason}</label>
                    <select id={id} ref={reason}>
                      <For each={REASONS}>{(r) => <option value={r}>{reasonName(r)}</option>}</For>
                    </select>
                  </div>
                  <div class="button-row">
                    <button type="button" class="button" aria-label={fill(c().approve, { name: scan.name })} onClick={() => void decide(scan, null)}>
                      {c().approveShort}
                    </button>
                    <button
                      type="button"
                      class="button danger"
                      aria-label={fill(c().refuse, { name: scan.name })}
                      onClick={() => void decide(scan, (reason?.value as IdentityRefusalReason) ?? 'bad_quality')}
                    >
                      {c().refuseShort}
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
