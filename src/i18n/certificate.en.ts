// English labels of the PDF documents. The certificate itself is printed in Russian; these exist for
// the application copy and for any preview shown in the English interface.
import type { certificateRu } from './certificate.ru';
import type { Widen } from './ru';

export const certificateEn: Widen<typeof certificateRu> = {
  certificatePdf: {
    simulationNote: 'Okno training simulation: this document has no legal force',
    authority: 'Issuing authority',
    number: 'Document number',
    caseNumber: 'Application number',
    applicant: 'Applicant',
    birthDate: 'Date of birth',
    address: 'Registered address',
    kind: 'Kind of certificate',
    purpose: 'To be presented to',
    period: 'Period of residence',
    periodValue: 'from {from} to {to}',
    issuedAt: 'Date of issue',
    validUntil: 'Valid until',
    signed: 'Signed with an electronic signature',
    keyId: 'Key',
    signature: 'Signature',
    qrHint: 'To check that it is genuine, scan the QR code or upload this file under “Check a document”.',
    kinds: {
      registration_fact: 'Fact of registration at the place of residence',
      residence: 'Place of residence',
      residence_period: 'Place of residence with the period of residence',
    },
  },
  applicationCopyPdf: {
    title: 'Copy of the application',
    number: 'Application number',
    service: 'Service',
    submittedAt: 'Submitted',
    status: 'Status',
    answers: 'Details given in the application',
    files: 'Attached files',
    noFiles: 'No files were attached',
    sizeKb: '{n} KB',
    page: 'Page {n} of {total}',
    note: 'This copy was made in the Okno app from the data stored on this device. It does not replace the result of the service.',
  },
};
