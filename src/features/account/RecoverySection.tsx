// «Резервные контакты» in the profile (issue 19.12): a backup phone and a backup e-mail for «Забыли
// пароль?», each added only once the code sent to it is typed back, and removable.
import * as v from 'valibot';
import { createSignal, For, Match, Switch } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { resendCode } from '../../client/codesApi';
import { updateAccount } from '../../client/session';
import type { AccountView, CodeTicket } from '../../domain/account';
import { formatPhone } from '../../domain/identifiers';
import { BackupEmailSchema, BackupPhoneSchema, BACKUP_KINDS, type BackupKind } from '../../domain/recovery';
import { fill } from '../../i18n/i18n';
import { accountTexts } from '../../i18n/lazy/account';
import { CodeStep } from '../../ui/CodeStep';
import { errorText } from '../../ui/errorText';
import { createForm, fieldId } from '../../ui/form/createForm';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { TextField } from '../../ui/form/TextField';
import { StatusLine, type StatusMessage } from '../../ui/StatusLine';
import { removeBackup, startBackup, verifyBackup } from './accountApi';

function BackupContact(props: { kind: BackupKind; account: () => AccountView }) {
  const texts = () => accountTexts().recovery;
  // Own field names: the phone section's «new number» field may be open on the same page.
  const field = props.kind === 'phone' ? 'backupPhone' : 'backupEmail';
  const [step, setStep] = createSignal<'idle' | 'value' | 'code'>('idle');
  const [ticket, setTicket] = createSignal<CodeTicket | null>(null);
  const [message, setMessage] = createSignal<StatusMessage>(null);
  const [busy, setBusy] = createSignal(false);
  const form = createForm({
    schema: (): v.GenericSchema =>
      props.kind === 'phone'
        ? v.object({ backupPhone: BackupPhoneSchema.entries.phone })
        : v.object({ backupEmail: BackupEmailSchema.entries.email }),
    initial: { [field]: '' },
    order: [field],
  });
  const shown = (account: AccountView) => (props.kind === 'phone' ? account.backupPhone && formatPhone(account.backupPhone) : account.backupEmail);
  const current = () => shown(props.account());
  const label = () => texts().kinds[props.kind];

  const begin = () => {
    form.reset({ [field]: '' });
    setMessage(null);
    setStep('value');
    queueMicrotask(() => document.getElementById(fieldId(field))?.focus());
  };
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const output = form.submit() as Record<string, string> | null;
    if (!output || busy()) return;
    setBusy(true);
    setMessage(null);
    try {
      setTicket(await startBackup(props.kind, output[field]!));
      setStep('code');
    } catch (error) {
      const said = error instanceof ApiRequestError ? error.fields?.[props.kind] : undefined;
      if (said) form.showServerErrors({ [field]: said });
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };
  const verify = async (code: string) => {
    const account = await verifyBackup(props.kind, ticket()!.flowId, code);
    updateAccount(account);
    setStep('idle');
    setMessage({
      ok: true,
      text: fill(texts().added[props.kind], { value: shown(account) ?? '' }),
    });
  };
  const remove = async () => {
    setMessage(null);
    try {
      updateAccount(await removeBackup(props.kind));
      setMessage({ ok: true, text: texts().removed[props.kind] });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <div class="space-above">
      <h3>{label()}</h3>
      <p>{current() ?? texts().notSet[props.kind]}</p>
      <StatusLine message={message()} />
      <Switch>
        <Match when={step() === 'idle'}>
          <button type="button" class="button secondary" onClick={() => (current() ? void remove() : begin())}>
            {current() ? texts().remove[props.kind] : texts().add[props.kind]}
          </button>
        </Match>
        <Match when={step() === 'value'}>
          <form onSubmit={(e) => void send(e)} novalidate>
            <ErrorSummary form={form} labels={{ [field]: label() }} />
            <TextField
              form={form}
              name={field}
              label={label()}
              hint={props.kind === 'phone' ? texts().phoneHint : texts().emailHint}
              type={props.kind === 'phone' ? 'tel' : 'email'}
              autocomplete={props.kind === 'phone' ? 'tel' : 'email'}
            />
            <div class="button-row">
              <button type="submit" class="button" disabled={busy()}>
                {texts().sendCode}
              </button>
              <button type="button" class="button secondary" onClick={() => setStep('idle')}>
                {texts().cancel}
              </button>
            </div>
          </form>
        </Match>
        <Match when={step() === 'code' && ticket()}>
          {(sent) => <CodeStep ticket={sent()} focusCode onVerify={verify} onResend={() => resendCode(sent().flowId)} />}
        </Match>
      </Switch>
    </div>
  );
}

export function RecoverySection(props: { account: () => AccountView }) {
  return (
    <section class="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{accountTexts().recovery.sectionTitle}</h2>
      <p>{accountTexts().recovery.sectionLead}</p>
      <For each={BACKUP_KINDS}>{(kind) => <BackupContact kind={kind} account={props.account} />}</For>
    </section>
  );
}
