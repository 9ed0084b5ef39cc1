// A structured address with «Проверить адрес»: spells out abbreviations in place and says what is
// missing, using the same normalisers the schema and the server use.
import { createSignal, For, Show } from 'solid-js';
import { ADDRESS_FIELDS, checkAddress, REQUIRED_ADDRESS_FIELDS, type AddressField } from '../../domain/address';
import { fill } from '../../i18n/i18n';
import type { Form } from '../../ui/form/createForm';
import { TextField } from '../../ui/form/TextField';
import { profileTexts } from '../../i18n/lazy/profile';

const SHORT: ReadonlySet<AddressField> = new Set(['house', 'building', 'apartment', 'postalIndex']);

export function AddressFields(props: { form: Form; prefix: 'registrationAddress' | 'actualAddress'; legend: string }) {
  const [result, setResult] = createSignal<{ ok: boolean; lines: string[] } | null>(null);
  const labels = () => profileTexts().profile.addressLabels;
  const check = () => {
    const draft = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, String(props.form.values[`${props.prefix}.${field}`] ?? '')]));
    const outcome = checkAddress(draft);
    for (const field of ADDRESS_FIELDS) props.form.set(`${props.prefix}.${field}`, outcome.normalized[field] ?? '');
    const lines: string[] = [];
    if (outcome.changes.length) {
      const changes = outcome.changes.filter((c) => c.from.trim() !== '').map((c) => `«${c.from.trim()}» → «${c.to}»`);
      if (changes.length) lines.push(fill(profileTexts().profile.addressChanged, { changes: changes.join(', ') }));
    }
    if (outcome.missing.length) lines.push(fill(profileTexts().profile.addressMissing, { fields: outcome.missing.map((f) => labels()[f]).join(', ') }));
    for (const { field } of outcome.invalid) props.form.blur(`${props.prefix}.${field}`);
    const ok = outcome.missing.length === 0 && outcome.invalid.length === 0;
    if (ok && lines.length === 0) lines.push(profileTexts().profile.addressOk);
    setResult({ ok, lines });
  };
  return (
    <fieldset class="card">
      <legend>
        <h2>{props.legend}</h2>
      </legend>
      <For each={ADDRESS_FIELDS}>
        {(field) => (
          <TextField
            form={props.form}
            name={`${props.prefix}.${field}`}
            label={REQUIRED_ADDRESS_FIELDS.includes(field) || field === 'country' ? labels()[field] : `${labels()[field]} ${profileTexts().profile.optional}`}
            hint={field === 'postalIndex' ? profileTexts().profile.hints.postalIndex : undefined}
            inputmode={field === 'postalIndex' ? 'numeric' : undefined}
            width={SHORT.has(field) ? 'short' : undefined}
          />
        )}
      </For>
      <button type="button" class="button secondary" onClick={check}>
        {profileTexts().profile.checkAddress}
      </button>
      <div role="status">
        <Show when={result()}>
          <div class={result()!.ok ? 'notice success' : 'notice'}>
            <For each={result()!.lines}>{(line) => <p>{line}</p>}</For>
          </div>
        </Show>
      </div>
    </fieldset>
  );
}
