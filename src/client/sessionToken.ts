// Where the session token lives: localStorage when «Запомнить меня» was ticked (survives closing the
// browser), sessionStorage otherwise (gone with the tab). The API client attaches it to every call.
const KEY = 'okno.session';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Why the last session of this tab ended, kept so a reload still says «ended by inactivity». */
const ENDED_KEY = 'okno.sessionEnded';

export function readEndedByInactivity(): boolean {
  try {
    return sessionStorage.getItem(ENDED_KEY) === 'expired';
  } catch {
    return false;
  }
}

export function markEndedByInactivity(ended: boolean): void {
  try {
    if (ended) sessionStorage.setItem(ENDED_KEY, 'expired');
    else sessionStorage.removeItem(ENDED_KEY);
  } catch {
    // Storage unavailable: the reason is shown until the next reload only.
  }
}

export function writeToken(token: string, remember: boolean): void {
  clearToken();
  markEndedByInactivity(false);
  (remember ? localStorage : sessionStorage).setItem(KEY, token);
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(KEY);
    localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}

/** A short device description for the sign-in history («Chrome, Linux»). */
export function deviceName(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /YaBrowser/.test(ua) ? 'Yandex' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : 'unknown OS';
  return `${browser}, ${system}`;
}
