// What the user pasted or a scan found, sorted before anything reaches the server: the server calls any
// text that is not an Okno QR «unknown», but a person who pasted garbage needs to be told so plainly.
import { parseQrPayload } from '../../domain/certificate';

export type QrTextCheck = { ok: true; qr: string } | { ok: false; problem: 'empty' | 'not_okno' };

export function checkQrText(text: string): QrTextCheck {
  // The payload never holds whitespace; a QR reader app or a chat may wrap the copied text.
  const compact = text.replace(/\s+/g, '');
  if (!compact) return { ok: false, problem: 'empty' };
  return parseQrPayload(compact) ? { ok: true, qr: compact } : { ok: false, problem: 'not_okno' };
}
