// Test-only: application views as the server shows them, for mirror and list tests. Never imported by the app.
import type { ApplicationView } from '../../domain/application';

export function sampleApplication(over: Partial<ApplicationView> & { id: string }): ApplicationView {
  const at = over.updatedAt ?? Date.parse('2026-03-02T09:00:00Z');
  return {
    number: `N-${over.id}`,
    serviceId: 'internal-passport',
    status: 'sent',
    submittedAt: at,
    updatedAt: at,
    resultWay: 'electronic',
    answers: {},
    files: [],
    timeline: [{ at, status: 'sent' }],
    tracking: [],
    ...over,
  };
}
