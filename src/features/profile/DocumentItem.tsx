// One document in the library: preview, rename in place, delete.
import { createSignal, Show } from 'solid-js';
import type { DocumentRow } from '../../client/rows';
import { fill, t } from '../../i18n/i18n';
import { FilePreview } from '../../ui/FilePreview';
import { profileTexts } from '../../i18n/lazy/profile';

const TITLE_MAX = 120;

export function DocumentItem(props: { row: DocumentRow; meta: string; onRename: (title: string) => Promise<void>; onDelete: () => void }) {
  const [editing, setEditing] = createSignal(false);
  const [title, setTitle] = createSignal(props.row.title);
  const [error, setError] = createSignal(false);
  const [open, setOpen] = createSignal(false);
  const inputId = `rename-${props.row.id}`;
  let renameButton: HTMLButtonElement | undefined;
  let input: HTMLInputElement | undefined;
  /** Leaving the rename form puts focus back on the button that opened it. */
  const stopEditing = () => {
    setEditing(false);
    renameButton?.focus();
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const next = title().trim();
    if (next === '' || next.length > TITLE_MAX) return setError(true);
    setError(false);
    await props.onRename(next);
    stopEditing();
  };
  const togglePreview = () => setOpen(!open());

  return (
    <li class="card">
      <Show
        when={editing()}
        fallback={
          <>
            <h3>{props.row.title}</h3>
            <p class="meta">{props.meta}</p>
          </>
        }
      >
        <form onSubmit={(e) => void save(e)} novalidate>
          <div class="field">
            <label for={inputId}>{profileTexts().documents.newTitle}</label>
            <Show when={error()}>
              <span class="error" id={`${inputId}-error`}>
                {profileTexts().documents.titleError}
              </span>
            </Show>
            <input
              ref={input}
              id={inputId}
              value={title()}
              maxLength={TITLE_MAX + 1}
              aria-invalid={error()}
              aria-describedby={error() ? `${inputId}-error` : undefined}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button small">
              {profileTexts().documents.saveTitle}
            </button>
            <button type="button" class="button secondary small" onClick={stopEditing}>
              {t().demo.cancel}
            </button>
          </div>
        </form>
      </Show>
      <div class="button-row">
        <button type="button" class="button secondary small" aria-expanded={open()} onClick={togglePreview}>
          {fill(open() ? profileTexts().documents.hidePreview : profileTexts().documents.preview, { name: props.row.title })}
        </button>
        <button
          type="button"
          class="button secondary small"
          ref={renameButton}
          onClick={() => {
            setEditing(true);
            input?.focus();
          }}
        >
          {fill(profileTexts().documents.rename, { name: props.row.title })}
        </button>
        <button type="button" class="button secondary small" onClick={() => props.onDelete()}>
          {fill(profileTexts().documents.deleteNamed, { name: props.row.title })}
        </button>
      </div>
      <Show when={open()}>
        <FilePreview blob={props.row.blob} type={props.row.type} name={props.row.title} />
      </Show>
    </li>
  );
}
