// The operator console's staff-session token for this tab. One home for the key, because several
// features act as staff (cases, appeals, support chats) and may not import each other; a copied key
// string drifted once and left «Чаты поддержки» signed out while the console was signed in.
export const OPERATOR_TOKEN_KEY = 'okno.operatorToken';

/** The staff token this tab signed in with, or null. Storage that cannot be read counts as signed out. */
export function readOperatorToken(): string | null {
  try {
    return sessionStorage.getItem(OPERATOR_TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Keeps the token for this tab; null signs the tab out. Without storage, it lasts for the page only. */
export function writeOperatorToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(OPERATOR_TOKEN_KEY);
    else sessionStorage.setItem(OPERATOR_TOKEN_KEY, token);
  } catch {
    // Private mode without storage: nothing to keep.
  }
}
