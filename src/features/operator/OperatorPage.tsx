// «Операторская»: the department's side of every case. Signed in with the demo PIN (kept for this tab),
// it shows the queue or one case, as the address says; a PIN the server stops accepting signs the tab out.
import { Link } from '../../ui/Link';
import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { Page } from '../../ui/Page';
import { CasePanel } from './CasePanel';
import { CaseQueue } from './CaseQueue';
import { readPin, writePin } from './operatorApi';
import type { OperatorSearch } from './operatorSearch';
import { OperatorSignIn } from './OperatorSignIn';
import { isPinRefused } from './operatorText';
import { operatorTexts } from '../../i18n/lazy/operator';

export default function OperatorPage(props: { search: OperatorSearch }) {
  const [pin, setPin] = createSignal(readPin());
  const [notice, setNotice] = createSignal<string | null>(null);
  const [justSignedIn, setJustSignedIn] = createSignal(false);

  const signOut = (message: string) => {
    writePin(null);
    setJustSignedIn(false);
    setNotice(message);
    setPin(null);
  };
  /** Any call that failed: if the PIN itself was refused, back to the door with a word on why. */
  const onFailure = (error: unknown) => {
    if (isPinRefused(error)) signOut(operatorTexts().operator.errors.operator_session_required);
  };

  return (
    <Page title={operatorTexts().operator.title} lead={operatorTexts().operator.lead}>
      <Show
        when={pin()}
        fallback={
          <OperatorSignIn
            notice={notice()}
            onSignedIn={(value) => {
              writePin(value);
              setNotice(null);
              setJustSignedIn(true);
              setPin(value);
            }}
          />
        }
      >
        {(current) => (
          <>
            <div class="button-row">
              <button type="button" class="button secondary" onClick={() => signOut(operatorTexts().operator.signedOut)}>
                {operatorTexts().operator.signOut}
              </button>
              <Link to="/operator/chats" class="button secondary">
                {t().nav.supportChats}
              </Link>
              <Link to="/operator/offices" class="button secondary">
                {operatorTexts().officeConsole.title}
              </Link>
              <Link to="/operator/accounts" class="button secondary">
                {operatorTexts().accountsConsole.title}
              </Link>
              <Link to="/operator/news" class="button secondary">
                {operatorTexts().newsConsole.link}
              </Link>
            </div>
            <Show
              when={props.search.case}
              keyed
              fallback={<CaseQueue pin={current()} search={props.search} focusOnMount={justSignedIn()} onFailure={onFailure} />}
            >
              {(id) => <CasePanel pin={current()} id={id} search={props.search} onFailure={onFailure} />}
            </Show>
          </>
        )}
      </Show>
    </Page>
  );
}
