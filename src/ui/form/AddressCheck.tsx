// «Проверить адрес» for a structured address in any form («Мои данные», an application's address
// step): spells out abbreviations in place and says what is missing, with the same normalisers the
// schemas and the server use. `names` maps each part to the form's field name.
import { createSignal, For, Show } from 'solid-js';
import { ADDRESS_FIELDS, checkAddress, type AddressField } from '../../domain/address';
import { fill } from '../../i18n/i18n';
import { profileTexts } from '../../i18n/lazy/profile';
import type { Form } from './createForm';

export function AddressCheck(props: { form: Form; names: Partial<Record<AddressField, string>>; labels: Record<AddressField, string> }) {
  const [result, setResult] = createSignal<{ ok: boolean; lines: string[] } | null>(null);
  const parts = () => ADDRESS_FIELDS.filter((field) => props.names[field] !== undefined);
  const check = () => {
    const texts = profileTexts().profile;
    const draft = Object.fromEntries(parts().map((field) => [field, String(props.form.values[props.names[field]!] ?? '')]));
    const outcome = checkAddress(draft);
    for (const field of parts()) props.form.set(props.names[field]!, outcome.normalized[field] ?? '');
    const lines: string[] = [];
    const changes = outcome.changes.filter((c) => c.from.trim() !== '' && props.names[c.field]).map((c) => `«${c.from.trim()}» → «${c.to}»`);
    if (changes.length) lines.push(fill(texts.addressChanged, { changes: changes.join(', ') }));
    const missing = outcome.missing.filter((field) => props.names[field]);
    if (missing.length) lines.push(fill(texts.addressMissing, { fields: missing.map((f) => props.labels[f]).join(', ') }));
    const invalid = outcome.invalid.filter(({ field }) => props.names[field]);
    for (const { field } of invalid) props.form.blur(props.names[field]!);
    const ok = missing.length === 0 && invalid.length === 0;
    if (ok && lines.length === 0) lines.push(texts.addressOk);
    setResult({ ok, lines });
  };
  return (
    <>
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
    </>
  );
}
