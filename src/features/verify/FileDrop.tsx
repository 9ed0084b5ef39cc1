// A labelled file input inside a frame that also takes a dropped file. The input stays the way in for
// keyboard and screen-reader users; dropping is a shortcut for a mouse.
import { createDropTarget } from '../../ui/dropTarget';

export function FileDrop(props: { id: string; label: string; hint: string; accept: string; onFile: (file: File) => void }) {
  const take = (files: ArrayLike<File> | null | undefined) => {
    const file = files?.[0];
    if (file) props.onFile(file);
  };
  const drop = createDropTarget(take);
  return (
    <div class="card dropzone" classList={{ dragging: drop.dragging() }} {...drop.handlers}>
      <div class="field flush">
        <label for={props.id}>{props.label}</label>
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
        <input
          id={props.id}
          type="file"
          accept={props.accept}
          aria-describedby={`${props.id}-hint`}
          onChange={(e) => {
            take(e.currentTarget.files);
            // The same file chosen again (after fixing nothing) is checked again.
            e.currentTarget.value = '';
          }}
        />
      </div>
    </div>
  );
}
