// A prerendered page is replaced by the app's own render once the script has loaded. What the person did
// on the static page meanwhile — a file chosen, text typed — is carried into the same field of the new
// page (found by id) and announced with its usual event, so nothing they entered is lost.
export function carryInput(from: ParentNode, to: ParentNode): () => void {
  const moved: { field: HTMLInputElement | HTMLTextAreaElement; event: 'change' | 'input' }[] = [];
  for (const old of from.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[id], textarea[id]')) {
    const field = to.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(old.id)}`);
    if (!field || field.tagName !== old.tagName) continue;
    if (old instanceof HTMLInputElement && old.type === 'file') {
      if (!old.files?.length || !(field instanceof HTMLInputElement) || field.type !== 'file') continue;
      field.files = old.files;
      moved.push({ field, event: 'change' });
    } else if (old.value !== old.defaultValue && !(old instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden'].includes(old.type))) {
      field.value = old.value;
      moved.push({ field, event: 'input' });
    }
  }
  // Fired once the new page is in the document, so its handlers see a connected field.
  return () => moved.forEach(({ field, event }) => field.dispatchEvent(new Event(event, { bubbles: true })));
}
