// (being built)
export function ScenarioPanel() {
  return null;
}
