// (being built)
export function DemoDataPanel() {
  return null;
}
