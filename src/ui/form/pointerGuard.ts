// While a pointer is pressed, work that changes the layout (like showing a field's error on blur) waits
// until the press is over, so the control under the pointer gets its click.
let pressed = false;
const waiting: (() => void)[] = [];

function release(): void {
  pressed = false;
  // After the click that follows pointerup has been dispatched.
  setTimeout(() => waiting.splice(0).forEach((run) => run()));
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

export function afterPointerRelease(run: () => void): void {
  if (pressed) waiting.push(run);
  else run();
}
