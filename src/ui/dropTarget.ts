// Dropping files onto a frame: the «dragging» highlight and the handlers, shared by every drop zone.
// A drop is only a mouse shortcut; each zone keeps a labelled file input as the way in.
import { createSignal } from 'solid-js';

export function createDropTarget(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = createSignal(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e: DragEvent) => {
        e.preventDefault();
        setDragging(true);
      },
      onDragLeave: () => setDragging(false),
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        onFiles([...(e.dataTransfer?.files ?? [])]);
      },
    },
  };
}
