// «Подтверждение личности»: the levels and the ways up — registry check of passport and SNILS (in
// «Мои данные»), a passport scan with a selfie checked by the department, or an electronic signature.
import { Link } from '../../ui/Link';
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { addDocument } from '../../client/repos/documentsRepo';
import { refreshSession } from '../../client/session';
import { checkFileInWorker, sha256InWorker } from '../../client/validateClient';
import type { AccountView } from '../../domain/account';
import { DEFAULT_FILE_RULE, type FileRule } from '../../domain/fileCheck';
import { fill, formatDateTime, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { Page } from '../../ui/Page';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { readIdentity, sendScan, signIdentity } from './identityApi';
import { settled } from '../../ui/settled';
import { profileTexts } from '../../i18n/lazy/profile';
import { StatusLine } from '../../ui/StatusLine';
import { AttemptHistory, lastRefusal, RefusalNotice } from './IdentityAttempts';

const SELFIE_RULE: FileRule = { ...DEFAULT_FILE_RULE, accept: ['jpeg', 'png'] };

function Identity(props: { account: () => AccountView }) {
  const [state, { mutate, refetch }] = createResource(
    () => props.account().identityLevel,
    () => readIdentity(),
  );
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  let scanInput: HTMLInputElement | undefined;
  let selfieInput: HTMLInputElement | undefined;

  /** Checks and keeps a file in the document library; returns its hash, or null after saying why. */
  const keep = async (input: HTMLInputElement | undefined, rule: FileRule, title: string): Promise<string | null> => {
    const file = input?.files?.[0];
    if (!file) {
      setMessage({ ok: false, text: fill(profileTexts().identity.fileMissing, { what: title }) });
      input?.focus();
      return null;
    }
    const verdict = await checkFileInWorker(file, rule);
    if (!verdict.ok) {
      setMessage({ ok: false, text: fileVerdictText(verdict, rule) });
      input?.focus();
      return null;
    }
    const sha256 = await sha256InWorker(file);
    await addDocument({
      id: crypto.randomUUID(),
      accountId: props.account().id,
      title,
      type: verdict.mime,
      size: file.size,
      addedAt: Date.now(),
      sha256,
      blob: file,
    });
    return sha256;
  };

  const submitScan = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const scan = await keep(scanInput, DEFAULT_FILE_RULE, profileTexts().identity.scanTitle);
      if (!scan) return;
      const selfie = await keep(selfieInput, SELFIE_RULE, profileTexts().identity.selfieTitle);
      if (!selfie) return;
      mutate(await sendScan(scan, selfie));
      await audit(props.account().id, 'identity.scan');
      setMessage({ ok: true, text: profileTexts().identity.scanSent });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };
  /** The department's answer changes the account level, which the whole page follows. */
  const checkAgain = async () => {
    setMessage(null);
    const fresh = await refetch();
    await refreshSession();
    // A refusal is said aloud too: the notice with the reason replaces the waiting line silently.
    const refused = fresh && !fresh.pendingScan ? lastRefusal(fresh.attempts) : undefined;
    if (refused?.reason)
      setMessage({ ok: false, text: `${profileTexts().identity.refusedTitle}: ${profileTexts().identity.refusals[refused.reason].reason}.` });
  };
  const sign = async () => {
    setMessage(null);
    try {
      mutate(await signIdentity(props.account()));
      await audit(props.account().id, 'identity.confirmed');
      await refreshSession();
      setMessage({ ok: true, text: profileTexts().identity.confirmedNow });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <Page title={profileTexts().identity.title} lead={profileTexts().identity.lead}>
      <p>
        <span class={`pill level-${props.account().identityLevel}`}>{t().levels[props.account().identityLevel]}</span>
      </p>
      <StatusLine message={message()} />
      <Switch>
        <Match when={props.account().identityLevel === 'unconfirmed'}>
          <section class="card">
            <h2>{profileTexts().identity.registryTitle}</h2>
            <p>{profileTexts().identity.registryText}</p>
            <Link to="/profile/data" class="button">
              {profileTexts().profile.title}
            </Link>
          </section>
        </Match>
        <Match when={props.account().identityLevel === 'confirmed'}>
          <p class="notice success">
            {fill(profileTexts().identity.confirmedAt, {
              when: settled(state)?.confirmedAt ? formatDateTime(settled(state)!.confirmedAt!) : '—',
              method: settled(state)?.method ? profileTexts().identity.methods[settled(state)!.method!] : '—',
            })}
          </p>
        </Match>
        <Match when={props.account().identityLevel === 'standard'}>
          <section class="card" aria-labelledby="scan-title">
            <h2 id="scan-title">{profileTexts().identity.scanMethod}</h2>
            <Show
              when={!settled(state)?.pendingScan}
              fallback={
                <>
                  <p>{fill(profileTexts().identity.scanPending, { when: formatDateTime(settled(state)!.pendingScan!.dueAt) })}</p>
                  <button type="button" class="button secondary" onClick={() => void checkAgain()}>
                    {profileTexts().identity.checkAgain}
                  </button>
                </>
              }
            >
              <Show when={lastRefusal(settled(state)?.attempts ?? [])} fallback={<p>{profileTexts().identity.scanText}</p>}>
                {(refused) => <RefusalNotice attempt={refused()} />}
              </Show>
              <form onSubmit={(e) => void submitScan(e)} novalidate>
                <div class="field">
                  <label for="identity-scan">{profileTexts().identity.scanTitle}</label>
                  <span class="hint" id="identity-scan-hint">
                    {profileTexts().identity.scanHint}
                  </span>
                  <input id="identity-scan" type="file" accept=".pdf,.jpg,.jpeg,.png" aria-describedby="identity-scan-hint" ref={scanInput} />
                </div>
                <div class="field">
                  <label for="identity-selfie">{profileTexts().identity.selfieTitle}</label>
                  <span class="hint" id="identity-selfie-hint">
                    {profileTexts().identity.selfieHint}
                  </span>
                  <input
                    id="identity-selfie"
                    type="file"
                    accept=".jpg,.jpeg,.png"
                    capture="user"
                    aria-describedby="identity-selfie-hint"
                    ref={selfieInput}
                  />
                </div>
                <button type="submit" class="button">
                  {lastRefusal(settled(state)?.attempts ?? []) ? profileTexts().identity.sendAgain : profileTexts().identity.sendScan}
                </button>
              </form>
            </Show>
          </section>
          <section class="card" aria-labelledby="sign-title">
            <h2 id="sign-title">{profileTexts().identity.signatureMethod}</h2>
            <p>{profileTexts().identity.signatureText}</p>
            <button type="button" class="button" onClick={() => void sign()}>
              {profileTexts().identity.signAction}
            </button>
          </section>
        </Match>
      </Switch>
      <AttemptHistory attempts={settled(state)?.attempts ?? []} />
    </Page>
  );
}

export default function IdentityPage() {
  // Read once here: a prop call would run later, in event handlers, outside the route's context.
  const account = useAccount();
  return <Identity account={account} />;
}
