// A prerendered page is replaced by the app's own render once the script has loaded. What the person did
// on the static page meanwhile — a file chosen, text typed — is carried into the same field of the new
// page (found by id) and announced with its usual event, so nothing they entered is lost. What reaches
// the static page's field after the swap is forwarded too: a file dialog opened on the static page
// returns its file to the field that opened it, which is no longer in the document. The focused field
// keeps the focus, so typing goes on.
type Field = HTMLInputElement | HTMLTextAreaElement;

const isFile = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && field.type === 'file';
const carriesText = (field: Field) => !(field instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden', 'file'].includes(field.type));

/** Copies the old field's files or text into the new one; the event to announce it with, or none. */
function copy(old: Field, field: Field): 'change' | 'input' | undefined {
  if (isFile(old)) {
    if (!old.files?.length || !isFile(field)) return undefined;
    field.files = old.files;
    return 'change';
  }
  if (!carriesText(old) || old.value === field.value) return undefined;
  field.value = old.value;
  return 'input';
}

export function carryInput(from: ParentNode, to: ParentNode): () => void {
  const moved: { field: Field; event: 'change' | 'input' }[] = [];
  for (const old of from.querySelectorAll<Field>('input[id], textarea[id]')) {
    const field = to.querySelector<Field>(`#${CSS.escape(old.id)}`);
    if (!field || field.tagName !== old.tagName) continue;
    const event = old.value !== old.defaultValue || isFile(old) ? copy(old, field) : undefined;
    if (event) moved.push({ field, event });
    const forward = () => {
      const later = copy(old, field);
      if (later) field.dispatchEvent(new Event(later, { bubbles: true }));
    };
    old.addEventListener(isFile(old) ? 'change' : 'input', forward);
  }
  // The field the person is typing in keeps the focus (and the caret), or the next keys would go nowhere.
  const active = document.activeElement;
  const focused =
    active instanceof HTMLElement && active.id && from.contains(active) ? to.querySelector<HTMLElement>(`#${CSS.escape(active.id)}`) : null;
  const caret =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? { start: active.selectionStart, end: active.selectionEnd } : null;
  // Fired once the new page is in the document, so its handlers see a connected field.
  return () => {
    moved.forEach(({ field, event }) => field.dispatchEvent(new Event(event, { bubbles: true })));
    if (!focused) return;
    focused.focus();
    if (caret && (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) && caret.start !== null && caret.end !== null)
      try {
        focused.setSelectionRange(caret.start, caret.end);
      } catch {
        // Fields without a caret (e-mail, number) refuse a selection range; the focus is what matters.
      }
  };
}

/** Where `element` sits under `from` (child indexes), found again under `to`: the same tag and text, or none. */
function counterpart(element: HTMLElement, from: Element, to: Element): HTMLElement | null {
  const path: number[] = [];
  for (let node: Element = element; node !== from && node.parentElement; node = node.parentElement)
    path.unshift([...node.parentElement.children].indexOf(node));
  let found: Element | undefined = to;
  for (const index of path) found = found?.children[index];
  if (!(found instanceof HTMLElement)) return null;
  return found.tagName === element.tagName && found.textContent === element.textContent ? found : null;
}

/**
 * Buttons pressed and forms sent on the static page before the app took over (the start script holds
 * them and marks them `data-pressed` in order, see src/prerender/prerenderPlugin.ts), pressed again on
 * the app's copy once it is in the document: «Помощь» opens the chat, «Войти» signs in.
 */
export function carryPresses(from: Element, to: Element): () => void {
  const held = [...from.querySelectorAll<HTMLElement>('[data-pressed]')].sort((a, b) => Number(a.dataset.pressed) - Number(b.dataset.pressed));
  const copies = held.flatMap((old) => {
    const copy = counterpart(old, from, to);
    return copy ? [copy] : [];
  });
  return () => copies.forEach((copy) => (copy instanceof HTMLFormElement ? copy.requestSubmit() : copy.click()));
}
