// An error summary's link: moves focus to the control it names and brings it into view, instead of
// only jumping to its anchor (which would leave the focus behind).
export function focusControl(event: MouseEvent, id: string): void {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: 'center' });
}
