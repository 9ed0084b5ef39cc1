// English texts of the verify pages.
import type { verifyRu } from './verify.ru';
import type { Widen } from './ru';

export const verifyEn: Widen<typeof verifyRu> = {
  verify: {
    title: 'Check a document',
    lead: 'Check a certificate, a statement or an answer to an appeal issued in Okno: upload the document’s file or scan the QR code on a paper copy. The check works offline and without signing in.',
    checking: 'Checking the document…',
    pdf: {
      heading: 'The document’s file',
      label: 'Upload the document’s file',
      hint: 'A PDF you received in Okno, or an answer to an appeal as JSON or XML, up to 5 MB. You can also drop the file into this frame.',
      noSignature:
        '«{name}» carries no Okno electronic signature data. Only an unchanged file issued in Okno can be checked; for a paper copy, scan its QR code.',
    },
    qr: {
      heading: 'The document’s QR code',
      scan: 'Scan the QR code',
      stop: 'Stop',
      videoLabel: 'Camera view',
      asking: 'Asking for the camera…',
      aiming: 'Point the camera at the document’s QR code so that all of it is in the frame.',
      foreign: 'There is a QR code in view, but it is not an Okno document’s. Still looking…',
      stopped: 'The camera is off.',
      photoLabel: 'Upload a photo of the QR code',
      photoHint: 'A JPEG or PNG picture, up to 5 MB.',
      noQrFound: 'No QR code was found in «{name}». Take the picture closer, straight on and in good light.',
      pasteLabel: 'Or paste the QR code’s text',
      pasteHint: 'The text starts with «OKNO1.»; any QR reader app shows it.',
      check: 'Check',
      empty: 'Paste the QR code’s text.',
      notOkno:
        'This is not an Okno document’s QR code: the text must start with «OKNO1.» and hold the document number, a hash and a signature. Check that all of it was copied.',
    },
    camera: {
      denied: 'Camera access is blocked. Allow it for this site in the browser settings, or upload a photo of the QR code.',
      absent: 'No camera was found. Upload a photo of the QR code or paste its text.',
      busy: 'The camera is used by another app or does not respond. Close that app and try again.',
      unsupported: 'This browser gives no camera access (a secure connection is needed). Upload a photo of the QR code or paste its text.',
      failed: 'The camera could not be started. Upload a photo of the QR code or paste its text.',
    },
    details: {
      label: 'About the document',
      number: 'Document number',
      title: 'Document',
      applicant: 'Applicant',
      caseNumber: 'Application number',
      issued: 'Issued',
      validUntil: 'Valid until',
      authority: 'Issuing authority',
      birthDate: 'Date of birth',
      address: 'Registered address',
      kind: 'Kind of certificate',
      purpose: 'To be presented to',
      period: 'Period of residence',
      certified: 'These are exactly the particulars the department certified: compare them with the paper copy or the file.',
    },
    answer: {
      label: 'Particulars of the answer to the appeal',
      valid: 'The department’s signature is genuine: this is a real answer to an appeal, and nothing in the file was changed.',
      certified: 'This is exactly the answer the department signed: compare it with the paper copy or the file.',
      document: 'Document',
      title: 'Answer to appeal № {number}',
      number: 'Appeal number',
      sentAt: 'Appeal date',
      type: 'Appeal type',
      topic: 'Topic',
      subject: 'Subject',
      outcome: 'Outcome',
      code: 'Result code',
      answeredAt: 'Answer date',
      executor: 'Executor',
      authority: 'Authority',
      outcomes: { done: 'Done', declined: 'Declined', clarify: 'Clarification needed' },
    },
    verdicts: {
      valid: {
        title: 'The document is valid',
        text: 'The department’s signature is correct, the document is in the registry and has not been revoked.',
      },
      expired: { title: 'The document has expired', text: 'The document is genuine but was valid only until {date} inclusive.' },
      revoked: { title: 'The document is revoked', text: 'The document is genuine, but the department revoked it: it is no longer in force.' },
      forged: { title: 'The document is not valid', text: 'The document has been changed, or the signature is not the department’s.' },
      changed: {
        title: 'The document is not valid: it was changed after signing',
        text: 'The department’s signature does not match the content: something was changed, added or replaced after signing. Ask the holder for the original, or download the document again from «My applications» (an answer to an appeal from «My appeals»).',
      },
      other_key: {
        title: 'The document is not valid: signed with another key',
        text: 'The file is signed with a key that does not belong to the department issuing documents in Okno.',
      },
      unreadable: {
        title: 'The document is not valid: the file is damaged',
        text: 'The file is cut short or its signature is damaged, so it cannot be checked. Download the document again.',
      },
      legacy: {
        title: 'Issued in the earlier format — request a new one',
        text: 'This file was issued before the department began to sign whole files, so it cannot be checked reliably. Download the document again under «My applications»: the new file is signed in full.',
      },
      unknown: {
        title: 'The document is not in the registry',
        text: 'The registry of issued documents has no document with this number, so it cannot be confirmed.',
      },
    },
  },
};
