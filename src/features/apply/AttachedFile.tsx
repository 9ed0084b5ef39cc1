// A file in a document slot of the wizard: its name and size, a preview, and «Убрать».
import { createSignal, onCleanup, Show } from 'solid-js';
import type { AttachmentRow } from '../../client/rows';
import { fill, formatBytes, t } from '../../i18n/i18n';

export function AttachedFile(props: { row: AttachmentRow; onRemove: () => void }) {
  const [preview, setPreview] = createSignal<string | null>(null);
  onCleanup(() => preview() && URL.revokeObjectURL(preview()!));
  const toggle = () => {
    if (preview()) {
      URL.revokeObjectURL(preview()!);
      setPreview(null);
    } else setPreview(URL.createObjectURL(props.row.blob));
  };
  return (
    <div>
      <p>{fill(t().apply.attached, { name: props.row.name, size: formatBytes(props.row.size) })}</p>
      <div class="button-row">
        <button type="button" class="button secondary small" aria-expanded={preview() !== null} onClick={toggle}>
          {fill(preview() ? t().documents.hidePreview : t().documents.preview, { name: props.row.name })}
        </button>
        <button type="button" class="button secondary small" onClick={() => props.onRemove()}>
          {fill(t().apply.remove, { name: props.row.name })}
        </button>
      </div>
      <Show when={preview()}>
        <Show
          when={props.row.type.startsWith('image/')}
          fallback={
            <object data={preview()!} type="application/pdf" class="preview" aria-label={props.row.name}>
              <a href={preview()!} target="_blank">{t().documents.openPdf}</a>
            </object>
          }
        >
          <img src={preview()!} alt={props.row.name} class="preview" />
        </Show>
      </Show>
    </div>
  );
}
