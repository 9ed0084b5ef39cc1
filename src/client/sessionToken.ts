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

/** The signed-in account as last confirmed by the server, kept beside the token (same storage, same life). */
const ACCOUNT_KEY = 'okno.account';

export function readCachedAccount(): unknown {
  try {
    const raw = sessionStorage.getItem(ACCOUNT_KEY) ?? localStorage.getItem(ACCOUNT_KEY);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

export function writeCachedAccount(account: unknown): void {
  try {
    (sessionStorage.getItem(KEY) ? sessionStorage : localStorage).setItem(ACCOUNT_KEY, JSON.stringify(account));
  } catch {
    // Storage unavailable: the device simply does not remember who was signed in.
  }
}

/** Sessions ended on this device while the server did not answer: ended there once it answers again. */
const PENDING_LOGOUT_KEY = 'okno.pendingLogout';

export function readPendingLogouts(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(PENDING_LOGOUT_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function writePendingLogouts(tokens: readonly string[]): void {
  try {
    if (tokens.length) localStorage.setItem(PENDING_LOGOUT_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(PENDING_LOGOUT_KEY);
  } catch {
    // Storage unavailable: the server session will end by inactivity instead.
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
    sessionStorage.removeItem(ACCOUNT_KEY);
    localStorage.removeItem(ACCOUNT_KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}

/** A short device description for the sign-in history («Chrome, Linux»). */
export function deviceName(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /YaBrowser/.test(ua)
      ? 'Yandex'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : 'Browser';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'unknown OS';
  return `${browser}, ${system}`;
}
