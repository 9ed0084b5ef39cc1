// The walk's applications and payments: a signed submission that the console accepts, asks documents
// for (the citizen sends a file), makes ready and revokes after the citizen took the signed PDF (which
// the check recognises); a second submission (a fine's) withdrawn; a fine paid at a terminal, a fee paid by card
// with 3-D Secure (the code sent again, then entered), and a duplicate fee refunded. Test-only.
import { readFileSync } from 'node:fs';
import { CARD } from '../payments/testKit';
import { PHONE, type PlannedStep, type WalkKit } from './walkTypes';

const SCAN = readFileSync(new URL('../../../test/fixtures/files/sample.pdf', import.meta.url));
const MANUAL = { 'X-Okno-Scenario': 'manual' };
const hex = async (bytes: Uint8Array<ArrayBuffer>) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
const RESIDENCE = {
  variant: 'registration_fact',
  purpose: 'bank',
  surname: 'Иванова',
  name: 'Мария',
  birthDate: '14.03.1990',
  passportSeries: '4508',
  passportNumber: '123456',
  region: 'Московская область',
  city: 'Подольск',
  street: 'улица Ленина',
  house: '7',
  postalIndex: '142100',
  isOwner: 'yes',
  phone: PHONE,
  email: 'maria@example.ru',
};

export function caseSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep, world } = kit;
  const ofCase = () => ({ params: { id: ids.caseId! } });
  const act = (body: unknown) => kit.post(`/operator/cases/${ids.caseId}/action`, body, world.staff);
  return [
    { route: 'POST /api/applications/code', keep: keep('signFlow', 'flowId') },
    async () => {
      // A residence certificate with the three scans it needs, as the form sends it (multipart).
      const bytes = new Uint8Array(SCAN);
      const sha256 = await hex(bytes);
      const slots = ['passport', 'snils', 'registration_proof'];
      const submission = {
        draftId: crypto.randomUUID(),
        serviceId: 'residence-certificate',
        answers: RESIDENCE,
        resultWay: 'electronic',
        flowId: ids.signFlow,
        code: await kit.code(PHONE),
        attachments: slots.map((slot) => ({ slot, name: `${slot}.pdf`, sha256 })),
      };
      const files = Object.fromEntries(slots.map((slot) => [`file:${slot}`, new File([bytes], `${slot}.pdf`, { type: 'application/pdf' })]));
      return {
        route: 'POST /api/applications',
        headers: MANUAL,
        form: kit.form({ submission: JSON.stringify(submission), ...files }),
        keep: keep('caseId'),
      };
    },
    { route: 'GET /api/applications' },
    () => ({ route: 'GET /api/applications/:id', ...ofCase() }),
    () => ({ route: 'POST /api/applications/:id/questions', ...ofCase() }),
    { route: 'GET /api/operator/cases', as: 'operator' },
    () => ({ route: 'GET /api/operator/cases/:id', ...ofCase(), as: 'operator' }),
    () => ({ route: 'POST /api/operator/cases/:id/action', ...ofCase(), as: 'operator' }),
    async () => {
      await act({ action: 'request_documents', documents: ['passport'], days: 5, comment: 'Скан паспорта нечитаем' });
      const slot = (await kit.get<{ request: { documents: string[] } }>(`/applications/${ids.caseId}`)).body.request.documents[0]!;
      const bytes = new Uint8Array(SCAN);
      const reply = JSON.stringify({ attachments: [{ slot, name: 'scan.pdf', sha256: await hex(bytes) }] });
      return {
        route: 'POST /api/applications/:id/reply',
        ...ofCase(),
        form: kit.form({ reply, [`file:${slot}`]: new File([bytes], 'scan.pdf', { type: 'application/pdf' }) }),
      };
    },
    () => ({ route: 'GET /api/applications/:id/files/:index', params: { id: ids.caseId!, index: '0' } }),
    async () => {
      await act({ action: 'ready', comment: '' });
      return { route: 'GET /api/applications/:id/result', ...ofCase() };
    },
    () => ({ route: 'GET /api/applications/:id/result/pdf', ...ofCase() }),
    () => ({ route: 'PUT /api/applications/:id/rating', ...ofCase() }),
    { route: 'GET /api/catalog/services/:id/ratings', params: { id: 'residence-certificate' } },
    async () => {
      const pdf = await world.server.raw('GET', `/applications/${ids.caseId}/result/pdf`, world.auth);
      return { route: 'POST /api/certificates/verify-file', bytes: new Uint8Array(await pdf.arrayBuffer()) };
    },
    async () => {
      const { qr } = (await kit.get<{ qr: string }>(`/applications/${ids.caseId}/result`)).body;
      return { route: 'POST /api/certificates/verify', body: { qr } };
    },
    { route: 'GET /api/certificates/key' },
    () => ({ route: 'POST /api/applications/:id/received', ...ofCase() }),
    () => ({ route: 'POST /api/operator/cases/:id/revoke', ...ofCase(), as: 'operator' }),
    { route: 'POST /api/operator/news', as: 'operator' },
    async () => {
      const second = await world.server.sendFineApplication<{ id: string }>(world.auth, PHONE, { scenario: 'manual' });
      return { route: 'POST /api/applications/:id/withdraw', params: { id: second.body.id } };
    },
    { route: 'GET /api/me/operator-log' },
  ];
}

export function paymentSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep, world } = kit;
  const feeInvoice = async () =>
    (await kit.post<{ id: string }>('/payments/invoices', { kind: 'fee', serviceId: 'internal-passport', draftId: crypto.randomUUID() })).body.id;
  const invoice = (name: string) => ({ params: { id: ids[name]! } });
  return [
    { route: 'GET /api/fines', query: { licence: ids.licence! }, keep: (a) => (ids.uin = String((a.fines as { uin: string }[])[0]?.uin)) },
    () => ({ route: 'POST /api/payments/invoices', body: { kind: 'fine', fineIds: [ids.uin] }, keep: keep('fineInvoice') }),
    { route: 'GET /api/payments/invoices' },
    () => ({ route: 'GET /api/payments/invoices/:id', ...invoice('fineInvoice') }),
    async () => {
      ids.feeInvoice = await feeInvoice();
      return {
        route: 'POST /api/payments/invoices/:id/pay',
        ...invoice('feeInvoice'),
        body: { method: 'card', card: CARD },
        keep: keep('attemptId', 'attemptId'),
      };
    },
    () => {
      world.server.wait(61_000); // the bank sends a new code only after its pause
      return { route: 'POST /api/payments/invoices/:id/resend', ...invoice('feeInvoice'), body: { attemptId: ids.attemptId } };
    },
    async () => ({
      route: 'POST /api/payments/invoices/:id/confirm',
      ...invoice('feeInvoice'),
      body: { attemptId: ids.attemptId, code: await kit.code(PHONE) },
      keep: (a) => (ids.receiptId = String((a.receipt as { id: string }).id)),
    }),
    async () => {
      const step = await kit.post<{ orderNumber: string }>(`/payments/invoices/${ids.fineInvoice}/pay`, { method: 'terminal' });
      return { route: 'POST /api/_sim/payments/:orderNumber/paid', params: { orderNumber: step.body.orderNumber } };
    },
    async () => {
      const other = await kit.post<{ id: string }>('/payments/invoices', {
        kind: 'fee',
        serviceId: 'foreign-passport',
        draftId: crypto.randomUUID(),
      });
      const step = await kit.post<{ orderNumber: string }>(`/payments/invoices/${other.body.id}/pay`, { method: 'terminal' });
      return { route: 'POST /api/operator/payments/:orderNumber/paid', params: { orderNumber: step.body.orderNumber }, as: 'operator' };
    },
    { route: 'GET /api/payments/receipts' },
    () => ({ route: 'GET /api/payments/receipts/:id', params: { id: ids.receiptId! } }),
    () => ({ route: 'POST /api/payments/receipts/:id/email', params: { id: ids.receiptId! } }),
    async () => {
      // The same fee paid twice: the second payment is a duplicate the citizen may have back.
      const twin = await feeInvoice();
      const step = await kit.post<{ attemptId: string }>(`/payments/invoices/${twin}/pay`, { method: 'card', card: CARD });
      await kit.post(`/payments/invoices/${twin}/confirm`, { attemptId: step.body.attemptId, code: await kit.code(PHONE) });
      return { route: 'POST /api/payments/refunds', body: { paymentId: twin, reason: 'duplicate' } };
    },
    { route: 'GET /api/payments/refunds' },
  ];
}
