// What a citizen can do about a refusal: correct the application and send it again (a new draft with the
// answers and files, see fixRefused.ts), or complain. Once corrected, the page names the new application.
import { useNavigate } from '@tanstack/solid-router';
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reasons';
import { casesTexts } from '../../i18n/lazy/cases';
import { errorText } from '../../ui/errorText';
import { useAccount } from '../../ui/signedIn';
import { startFix } from './fixRefused';

export function RefusedActions(props: { app: ApplicationView }) {
  const account = useAccount();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const fix = async () => {
    setBusy(true);
    setProblem('');
    try {
      const draft = await startFix(account().id, props.app);
      await navigate({ to: '/catalog/$serviceId/apply', params: { serviceId: props.app.serviceId }, search: { draft } });
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Show when={props.app.fixedBy}>
        {(link) => (
          <p>
            {casesTexts().cases.fixedByLead}{' '}
            <Link to="/applications/$applicationId" params={{ applicationId: link().id }} class="reference">
              {link().number}
            </Link>
          </p>
        )}
      </Show>
      <div class="button-row">
        <Show when={!props.app.fixedBy}>
          <button type="button" class="button" disabled={busy()} onClick={() => void fix()}>
            {busy() ? casesTexts().cases.preparingFix : casesTexts().cases.resubmit}
          </button>
        </Show>
        <Link
          to="/appeals/new"
          search={{
            type: 'complaint',
            topic: 'services',
            related: props.app.number,
            service: props.app.serviceId,
            reason: props.app.rejection ? fill(casesTexts().cases.reasonLabel, { reason: reasonText(props.app.rejection.reason) }) : undefined,
          }}
          class="button secondary"
        >
          {casesTexts().cases.complain}
        </Link>
      </div>
      <div role="alert">
        <Show when={problem()}>
          <p class="notice error">{problem()}</p>
        </Show>
      </div>
    </>
  );
}
