// «Или вставьте текст QR-кода»: for QA and for anyone whose QR reader app already gave them the text.
// A text that is not an Okno QR is refused here, on the field, without asking the server.
import { createSignal, Show } from 'solid-js';

import { checkQrText } from './qrText';
import { verifyTexts } from '../../i18n/lazy/verify';

export function QrTextForm(props: { onQr: (qr: string) => void }) {
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  let input: HTMLInputElement | undefined;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const check = checkQrText(text());
    if (check.ok) {
      setError(null);
      props.onQr(check.qr);
      return;
    }
    setError(verifyTexts().verify.qr[check.problem === 'empty' ? 'empty' : 'notOkno']);
    input?.focus();
  };
  return (
    <form novalidate onSubmit={submit}>
      <div class="field field-wide" classList={{ 'has-error': error() !== null }}>
        <label for="verify-qr-text">{verifyTexts().verify.qr.pasteLabel}</label>
        <span class="hint" id="verify-qr-text-hint">
          {verifyTexts().verify.qr.pasteHint}
        </span>
        <Show when={error()}>
          <span class="error" id="verify-qr-text-error">
            {error()}
          </span>
        </Show>
        <input
          ref={input}
          id="verify-qr-text"
          name="qr"
          type="text"
          autocomplete="off"
          spellcheck={false}
          maxLength={500}
          value={text()}
          aria-invalid={error() !== null}
          aria-describedby={error() ? 'verify-qr-text-hint verify-qr-text-error' : 'verify-qr-text-hint'}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button secondary">
        {verifyTexts().verify.qr.check}
      </button>
    </form>
  );
}
