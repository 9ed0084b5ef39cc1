// The three ways to check a document, each ending in the server's verdict or in a sentence saying why
// there is none. The verify endpoint is answered by the service worker, so all of it works offline.
import * as v from 'valibot';
import { apiBytes, apiPost, ApiRequestError } from '../../client/api';
import { decodeQrImage } from '../../client/qrClient';
import { checkFileInWorker } from '../../client/validateClient';
import { VerifyResultSchema } from '../../domain/answers/documents';
import type { VerifyRequest, VerifyResult } from '../../domain/certificate';
import { MAX_FILE_BYTES, type FileRule } from '../../domain/fileCheck';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { fileVerdictText } from '../../ui/fileVerdictText';
import { checkQrText } from './qrText';
import { verifyTexts } from '../../i18n/lazy/verify';

export type Outcome = { kind: 'verdict'; result: VerifyResult } | { kind: 'message'; text: string };

export type PostVerify = (body: VerifyRequest) => Promise<VerifyResult>;
const postVerify: PostVerify = (body) => apiPost('/certificates/verify', body, VerifyResultSchema);
export type PostVerifyFile = (file: Blob) => Promise<VerifyResult>;
/** The whole file goes to the verifier: the seal covers every byte, so nothing is read out on the page. */
const postVerifyFile: PostVerifyFile = async (file) => {
  const answer = await apiBytes('POST', '/certificates/verify-file', new Blob([file], { type: 'application/pdf' }));
  const parsed = v.safeParse(VerifyResultSchema, JSON.parse(await answer.text()));
  if (!parsed.success) throw new ApiRequestError(200, 'bad_response', 'Unexpected answer shape');
  return parsed.output;
};

export type PostVerifyText = (text: string) => Promise<VerifyResult>;
/** A signed answer as JSON or XML: its text goes to the answers' verifier, which reads the signature itself. */
const postVerifyText: PostVerifyText = (text) => apiPost('/appeals/answers/verify', { text }, VerifyResultSchema);

/** The document's own file: a sealed PDF, or an appeal answer signed as JSON or XML. */
const DOCUMENT_RULE: FileRule = { accept: ['pdf', 'json', 'xml'], maxBytes: MAX_FILE_BYTES };
const PHOTO_RULE: FileRule = { accept: ['jpeg', 'png'], maxBytes: MAX_FILE_BYTES };
const message = (text: string): Outcome => ({ kind: 'message', text });

/** Pasted or scanned QR text: only an Okno document QR is sent to the server. */
export async function verifyQrText(text: string, post: PostVerify = postVerify): Promise<Outcome> {
  const check = checkQrText(text);
  if (!check.ok) return message(verifyTexts().verify.qr[check.problem === 'empty' ? 'empty' : 'notOkno']);
  try {
    return { kind: 'verdict', result: await post({ qr: check.qr }) };
  } catch (error) {
    return message(errorText(error));
  }
}

/**
 * The document's file, judged by its real content in the validation worker first (the standard file
 * messages); a PDF then goes whole to verify-file, a JSON or XML answer as text to the answers' verifier.
 */
export async function verifyFile(file: File, post: PostVerifyFile = postVerifyFile, postText: PostVerifyText = postVerifyText): Promise<Outcome> {
  try {
    const verdict = await checkFileInWorker(file, DOCUMENT_RULE);
    if (!verdict.ok) return message(fileVerdictText(verdict, DOCUMENT_RULE));
    const result = verdict.kind === 'pdf' ? await post(file) : await postText(await file.text());
    return { kind: 'verdict', result };
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === 'not_okno_document')
      return message(fill(verifyTexts().verify.pdf.noSignature, { name: file.name }));
    return message(errorText(error));
  }
}

/** A photo of the QR code, decoded in the QR worker like a camera frame. */
export async function verifyQrPhoto(file: File, post: PostVerify = postVerify): Promise<Outcome> {
  try {
    const verdict = await checkFileInWorker(file, PHOTO_RULE);
    if (!verdict.ok) return message(fileVerdictText(verdict, PHOTO_RULE));
    const text = await decodeQrImage(file);
    if (text === null) return message(fill(verifyTexts().verify.qr.noQrFound, { name: file.name }));
    return await verifyQrText(text, post);
  } catch (error) {
    return message(errorText(error));
  }
}
