// «Мои данные»: the full profile form. Every keystroke is kept on the device; «Сохранить» checks all
// fields with the shared schema and sends them; the server checks them again.
import { createResource, createSignal, Show } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { createAutosave } from '../../client/createAutosave';
import { AutosaveAlert } from '../../ui/AutosaveAlert';
import { readProfileCopy, writeProfileCopy } from '../../client/repos/profileRepo';
import { updateAccount } from '../../client/session';
import type { AccountView, ProfileEnvelope } from '../../domain/account';
import { createProfileSchema, PROFILE_FIELD_ORDER } from '../../domain/profile';
import { fill, t } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { createForm } from '../../ui/form/createForm';
import { Page } from '../../ui/Page';
import { audit } from '../../client/auditTrail';
import { useAccount } from '../../ui/signedIn';
import { ProfileForm } from './ProfileForm';
import { readProfile, saveProfile } from '../../client/profileApi';
import { sameValues, toFormValues, toProfileInput, type FormValues } from '../../domain/profileValues';
import { settled } from '../../ui/settled';
import { profileTexts } from '../../i18n/lazy/profile';

const VERIFIED = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'passport.series',
  'passport.number',
  'passport.issueDate',
  'passport.issuedBy',
  'passport.divisionCode',
  'snils',
];

async function load(account: AccountView) {
  const copy = await readProfileCopy(account.id);
  try {
    const envelope = await readProfile();
    const saved = toFormValues(envelope.profile, envelope.account);
    // Unsaved edits on this device win over the server copy; they are the user's latest words.
    const values = copy && !sameValues(copy.values, copy.saved) ? copy.values : saved;
    return { envelope, values, saved };
  } catch (error) {
    if (!copy) throw error;
    return { envelope: null, values: copy.values, saved: copy.saved };
  }
}

function Editor(props: { account: AccountView; initial: { envelope: ProfileEnvelope | null; values: FormValues; saved: FormValues } }) {
  const [saved, setSaved] = createSignal(props.initial.saved);
  const [account, setAccount] = createSignal(props.account);
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = createSignal(false);
  const today = props.initial.envelope?.today ?? new Date().toISOString().slice(0, 10);
  const form = createForm({
    schema: () => createProfileSchema(today),
    initial: props.initial.values,
    order: ['surname', ...PROFILE_FIELD_ORDER.slice(1)],
    prepare: toProfileInput,
  });
  const autosave = createAutosave(
    () => ({ values: { ...form.values }, saved: saved() }),
    (copy) => writeProfileCopy(props.account.id, copy, Date.now()),
  );

  const dirty = () => !sameValues({ ...form.values }, saved());
  // Only a confirmed identity is lost by a change; at «standard» the registry simply checks again.
  const touchesVerified = () =>
    account().identityLevel === 'confirmed' && VERIFIED.some((path) => (form.values[path] ?? '') !== (saved()[path] ?? ''));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setMessage(null);
    const output = form.submit();
    if (!output || saving()) return;
    const sent = { ...form.values };
    setSaving(true);
    try {
      const envelope = await saveProfile(output);
      const values = toFormValues(envelope.profile, envelope.account);
      setSaved(values);
      // Whatever was typed while the save travelled stays, and stays marked unsaved.
      if (sameValues({ ...form.values }, sent)) form.reset(values);
      await writeProfileCopy(envelope.account.id, { values: { ...form.values }, saved: values }, Date.now());
      setAccount(envelope.account);
      updateAccount(envelope.account);
      await audit(envelope.account.id, 'profile.change');
      const level = envelope.levelChange ? ' ' + fill(profileTexts().profile.levelChanged, { level: t().levels[envelope.levelChange.to] }) : '';
      setMessage({ ok: true, text: profileTexts().profile.saved + level });
    } catch (error) {
      if (error instanceof ApiRequestError && error.fields) form.showServerErrors(error.fields);
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title={profileTexts().profile.title} lead={profileTexts().profile.lead}>
      <AutosaveAlert failed={autosave.failed} />
      <Show when={dirty()}>
        <p class="notice">{profileTexts().profile.unsaved}</p>
      </Show>
      <Show when={touchesVerified()}>
        <p class="notice error" role="alert">
          {profileTexts().profile.verifiedWarning}
        </p>
      </Show>
      <ProfileForm form={form} onSubmit={(e) => void submit(e)} message={message()} />
    </Page>
  );
}

export default function ProfileDataPage() {
  const account = useAccount();
  const [initial] = createResource(() => load(account()));
  const failed = (
    <Show when={initial.error}>
      <div class="container">
        <p class="notice error" role="alert">
          {errorText(initial.error)}
        </p>
      </div>
    </Show>
  );
  return (
    <Show when={settled(initial)} fallback={failed}>
      <Editor account={account()} initial={settled(initial)!} />
    </Show>
  );
}
