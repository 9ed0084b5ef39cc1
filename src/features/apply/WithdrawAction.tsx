// «Отозвать заявление» while the department has not begun to examine it (asked in a dialog first);
// afterwards the card says why it can no longer be withdrawn.
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { ApplicationView } from '../../domain/application';
import { fill } from '../../i18n/i18n';
import { casesTexts } from '../../i18n/lazy/cases';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { withdrawApplication } from './casesApi';

const OPEN = new Set<ApplicationView['status']>(['sent', 'accepted']);
const EXAMINED = new Set<ApplicationView['status']>(['in_processing', 'documents_requested']);

export function WithdrawAction(props: { app: ApplicationView; onChange: (app: ApplicationView) => void }) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal('');
  const confirm = async () => {
    setAsking(false);
    setBusy(true);
    setProblem('');
    try {
      props.onChange(await withdrawApplication(props.app.id));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Switch>
        <Match when={OPEN.has(props.app.status)}>
          <p>
            <button type="button" class="button secondary" disabled={busy()} onClick={() => setAsking(true)}>
              {busy() ? casesTexts().cases.withdrawing : casesTexts().cases.withdraw}
            </button>
          </p>
        </Match>
        <Match when={EXAMINED.has(props.app.status)}>
          <p>{casesTexts().cases.withdrawLate}</p>
        </Match>
      </Switch>
      <div role="alert">
        <Show when={problem()}>
          <p class="notice error">{problem()}</p>
        </Show>
      </div>
      <ConfirmDialog
        open={asking()}
        title={casesTexts().cases.withdrawTitle}
        confirmLabel={casesTexts().cases.withdrawConfirm}
        cancelLabel={casesTexts().cases.withdrawCancel}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <p>{fill(casesTexts().cases.withdrawText, { number: props.app.number })}</p>
      </ConfirmDialog>
    </>
  );
}
