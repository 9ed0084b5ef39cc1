// Issue 19.15: the department's last refusal of a scan, with its reason and what to do next, and the
// history of every scan sent (each new upload is a new attempt; refused ones stay listed).
import { Link } from '../../ui/Link';
import { For, Show } from 'solid-js';
import { IDENTITY_REFUSAL_REASONS, type IdentityAttempt } from '../../domain/identityRefusal';
import { fill, formatDateTime } from '../../i18n/i18n';
import { profileTexts } from '../../i18n/lazy/profile';

const texts = () => profileTexts().identity;

/** The newest attempt when it was refused: what the page must explain before the form. */
export function lastRefusal(attempts: readonly IdentityAttempt[]): IdentityAttempt | undefined {
  const newest = attempts[0];
  return newest?.outcome === 'refused' ? newest : undefined;
}

export function RefusalNotice(props: { attempt: IdentityAttempt }) {
  const reason = () => props.attempt.reason ?? 'bad_quality';
  return (
    <div class="notice error" aria-labelledby="identity-refused-title">
      <h3 id="identity-refused-title">{texts().refusedTitle}</h3>
      <p>
        {fill(texts().refusedOn, {
          when: formatDateTime(props.attempt.decidedAt ?? props.attempt.submittedAt),
          reason: texts().refusals[reason()].reason,
        })}
      </p>
      <p>{texts().refusals[reason()].todo}</p>
      <Show when={IDENTITY_REFUSAL_REASONS[reason()].next === 'fix_profile'}>
        <p>
          <Link to="/profile/data">{texts().fixProfile}</Link>
        </p>
      </Show>
    </div>
  );
}

export function AttemptHistory(props: { attempts: readonly IdentityAttempt[] }) {
  return (
    <Show when={props.attempts.length > 0}>
      <section class="card" aria-labelledby="identity-history-title">
        <h2 id="identity-history-title">{texts().historyTitle}</h2>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{texts().historyColumns.sent}</th>
                <th scope="col">{texts().historyColumns.outcome}</th>
                <th scope="col">{texts().historyColumns.reason}</th>
                <th scope="col">{texts().historyColumns.by}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.attempts}>
                {(attempt) => (
                  <tr>
                    <td>{formatDateTime(attempt.submittedAt)}</td>
                    <td>{texts().outcomes[attempt.outcome]}</td>
                    <td>{attempt.reason ? texts().refusals[attempt.reason].reason : '—'}</td>
                    <td>{attempt.by ? texts().deciders[attempt.by] : '—'}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}
