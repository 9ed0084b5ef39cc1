// File rules and documents that many services ask for, kept in one place so every service
// applies the same limits. Never raise a limit here above the portal-wide maximum upload size.
import { MAX_FILE_BYTES } from '../../fileCheck';
import type { RequiredDocument } from '../serviceSchema';

/** Scans and photos of paper documents. */
export const SCAN_KINDS: RequiredDocument['accept'] = ['pdf', 'jpeg', 'png'];
/** A text the applicant writes themselves (a consent, a statement), so a Word file also makes sense. */
export const FORM_KINDS: RequiredDocument['accept'] = ['pdf', 'jpeg', 'png', 'doc'];
/** 5 MB, the same cap as every upload on the portal. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

export const PASSPORT_DOCUMENT = {
  id: 'passport',
  title: {
    ru: 'Паспорт гражданина РФ: разворот с фотографией и страница с регистрацией',
    en: 'Russian internal passport: the photo spread and the registration page',
  },
  required: 'yes',
  accept: SCAN_KINDS,
  maxBytes: MAX_UPLOAD_BYTES,
} satisfies RequiredDocument;

export const SNILS_DOCUMENT = {
  id: 'snils',
  title: { ru: 'СНИЛС', en: 'SNILS (individual insurance account number)' },
  required: 'yes',
  accept: SCAN_KINDS,
  maxBytes: MAX_UPLOAD_BYTES,
} satisfies RequiredDocument;
