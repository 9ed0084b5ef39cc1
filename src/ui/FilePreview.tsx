// A safe look at a stored file: an image is shown decoded (an <img> runs nothing), a PDF as a plain card
// with a «save» button. A PDF is never handed to the browser's PDF plug-in inside the portal: a file
// with scripts would run them there (and `object-src 'none'` forbids it anyway).
import { onCleanup, Show } from 'solid-js';
import { fill, formatBytes } from '../i18n/i18n';
import { downloadBlob } from './downloadBlob';
import { profileTexts } from '../i18n/lazy/profile';

export function FilePreview(props: { blob: Blob; type: string; name: string }) {
  return (
    <Show when={props.type.startsWith('image/')} fallback={<FileCard {...props} />}>
      <ImagePreview {...props} />
    </Show>
  );
}

function ImagePreview(props: { blob: Blob; name: string }) {
  const url = URL.createObjectURL(props.blob);
  onCleanup(() => URL.revokeObjectURL(url));
  return <img src={url} alt={props.name} class="preview" />;
}

function FileCard(props: { blob: Blob; name: string }) {
  return (
    <div class="file-card" role="group" aria-label={props.name}>
      <p class="file-card-name">{props.name}</p>
      <p class="meta">{fill(profileTexts().documents.pdfCard, { size: formatBytes(props.blob.size) })}</p>
      <p class="meta">{profileTexts().documents.pdfCardNote}</p>
      <button type="button" class="button secondary small" onClick={() => downloadBlob(props.blob, props.name)}>
        {fill(profileTexts().documents.saveCopy, { name: props.name })}
      </button>
    </div>
  );
}
