// «Восстановление доступа» in the console (issue 19.12): requests from people who lost every contact,
// each with the account the registry found for its name, birth date and document. The clerk issues a
// temporary password (sent to the contact the person gave) or refuses.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { ConsoleRecovery } from '../../domain/recovery';
import { fill, formatDateTime } from '../../i18n/i18n';
import { operatorTexts } from '../../i18n/lazy/operator';
import { errorText } from '../../ui/errorText';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { decideRecovery, listRecoveries } from './accountsConsoleApi';

export function RecoveryRequests(props: { pin: string }) {
  const c = () => operatorTexts().accountsConsole;
  const [requests, { refetch }] = createResource(() => listRecoveries(props.pin));
  const [message, setMessage] = createSignal<StatusMessage>(null);

  const decide = async (request: ConsoleRecovery, decision: 'approve' | 'refuse') => {
    setMessage(null);
    try {
      await decideRecovery(props.pin, request.id, decision);
      const text = decision === 'approve' ? c().recoveryApproved : c().recoveryRefused;
      setMessage({ ok: true, text: fill(text, { number: request.number, contact: request.contact }) });
      await refetch();
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="recovery-requests-title">
      <h2 id="recovery-requests-title">{c().recoveryTitle}</h2>
      <StatusLine message={message()} />
      <Show when={requests.error}>
        <p class="notice error" role="alert">
          {errorText(requests.error)}
        </p>
      </Show>
      <Show when={requests()?.requests.length} fallback={<Show when={requests()}>{<p>{c().recoveryEmpty}</p>}</Show>}>
        <ul class="plain-list">
          <For each={requests()!.requests}>
            {(request) => (
              <li class="card">
                <h3>{request.name}</h3>
                <p>
                  <span class="pill">{c().recoveryStatuses[request.status]}</span>
                </p>
                <dl>
                  <dt>{c().recoveryFields.number}</dt>
                  <dd>{request.number}</dd>
                  <dt>{c().recoveryFields.created}</dt>
                  <dd>{formatDateTime(request.createdAt)}</dd>
                  <dt>{c().recoveryFields.birthDate}</dt>
                  <dd>{request.birthDate.split('-').reverse().join('.')}</dd>
                  <dt>{c().recoveryFields.document}</dt>
                  <dd>{request.document}</dd>
                  <dt>{c().recoveryFields.contact}</dt>
                  <dd>{request.contact}</dd>
                  <Show when={request.status === 'new'}>
                    <dt>{c().recoveryFields.match}</dt>
                    <dd>{request.match ? fill(c().matchFound, request.match) : c().noMatch}</dd>
                  </Show>
                </dl>
                <Show when={request.status === 'new'}>
                  <div class="button-row">
                    <Show when={request.match}>
                      <button
                        type="button"
                        class="button"
                        aria-label={fill(c().approveRecovery, { number: request.number })}
                        onClick={() => void decide(request, 'approve')}
                      >
                        {c().approveRecoveryShort}
                      </button>
                    </Show>
                    <button
                      type="button"
                      class="button danger"
                      aria-label={fill(c().refuseRecovery, { number: request.number })}
                      onClick={() => void decide(request, 'refuse')}
                    >
                      {c().refuseShort}
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
