// (being built)
export function OperatorPinPanel() {
  return null;
}
