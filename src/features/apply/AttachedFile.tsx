// A file in a document slot of the wizard: its name and size, a safe preview (FilePreview), and «Убрать».
import { createSignal, Show } from 'solid-js';
import type { AttachmentRow } from '../../client/rows';
import { fill, formatBytes } from '../../i18n/i18n';
import { FilePreview } from '../../ui/FilePreview';
import { catalogTexts } from '../../i18n/lazy/catalog';
import { profileTexts } from '../../i18n/lazy/profile';

export function AttachedFile(props: { row: AttachmentRow; onRemove: () => void }) {
  const [open, setOpen] = createSignal(false);
  return (
    <div>
      <p>{fill(catalogTexts().apply.attached, { name: props.row.name, size: formatBytes(props.row.size) })}</p>
      <div class="button-row">
        <button type="button" class="button secondary small" aria-expanded={open()} onClick={() => setOpen(!open())}>
          {fill(open() ? profileTexts().documents.hidePreview : profileTexts().documents.preview, { name: props.row.name })}
        </button>
        <button type="button" class="button secondary small" onClick={() => props.onRemove()}>
          {fill(catalogTexts().apply.remove, { name: props.row.name })}
        </button>
      </div>
      <Show when={open()}>
        <FilePreview blob={props.row.blob} type={props.row.type} name={props.row.name} />
      </Show>
    </div>
  );
}
