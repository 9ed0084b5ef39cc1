// Why the camera could not be used, from what getUserMedia threw, so the page can say what to do next
// instead of a generic failure.
export type CameraProblem = 'denied' | 'absent' | 'busy' | 'unsupported' | 'failed';

export function cameraProblem(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError': // the user or a policy said no
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError': // no camera, or none that can face the right way
    case 'OverconstrainedError':
      return 'absent';
    case 'NotReadableError': // held by another app, or the hardware failed
    case 'AbortError':
      return 'busy';
    case 'TypeError': // no mediaDevices: an insecure page or an old browser
      return 'unsupported';
    default:
      return 'failed';
  }
}
