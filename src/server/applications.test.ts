import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './testServer';

const PHONE = '+79123456789';
let server: TestServer;
let auth: Record<string, string>;
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };
type Application = { id: string; number: string; status: string };

const ANSWERS = {
  resolutionNumber: '18810177230000123456',
};

beforeEach(async () => {
  server = createTestServer();
  ({ auth } = await server.registerCitizen(PHONE));
});
afterEach(async () => {
  await server.close();
});

async function signed(body: Record<string, unknown>) {
  const ticket = await server.post<{ flowId: string }>('/applications/code', {}, auth);
  return { ...body, flowId: ticket.body.flowId, code: await server.lastCode(PHONE) };
}

const submission = (draftId: string) => ({ draftId, serviceId: 'fine-payment', answers: ANSWERS, resultWay: 'electronic' });

describe('applications', () => {
  it('registers a signed application with a readable number and tells the citizen', async () => {
    const sent = await server.post<Application>('/applications', await signed(submission(crypto.randomUUID())), auth);
    expect(sent.status).toBe(201);
    expect(sent.body.status).toBe('sent');
    expect(sent.body.number).toMatch(/^\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const sms = await server.db.inbox.where('to').equals(PHONE).toArray();
    expect(sms.at(-1)?.body).toContain(sent.body.number);
    expect((await server.get<Application[]>('/applications', auth)).body.map((a) => a.id)).toEqual([sent.body.id]);
  });

  it('sending the same draft twice gives one application', async () => {
    const draftId = crypto.randomUUID();
    const first = await server.post<Application>('/applications', await signed(submission(draftId)), auth);
    const again = await server.post<Application>('/applications', await signed(submission(draftId)), auth);
    expect(again.body.id).toBe(first.body.id);
    expect(await server.db.cases.count()).toBe(1);
  });

  it('checks every answer again with the service form and names the wrong ones', async () => {
    const bad = await server.post<ErrorBody>(
      '/applications',
      await signed({ ...submission(crypto.randomUUID()), answers: { resolutionNumber: '' } }),
      auth,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ resolutionNumber: 'required' });
    expect(await server.db.cases.count()).toBe(0);
  });

  it('refuses a service whose identity level the account has not reached', async () => {
    const body = await signed({ ...submission(crypto.randomUUID()), serviceId: 'residence-certificate', answers: {} });
    const refused = await server.post<ErrorBody>('/applications', body, auth);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('identity_level_low');
  });

  it('waits for the state fee: a service with a fee needs a paid invoice', async () => {
    await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
    const body = await signed({ ...submission(crypto.randomUUID()), serviceId: 'internal-passport', answers: {}, resultWay: 'office' });
    const refused = await server.post<ErrorBody & { error: { data?: { amountKopecks?: number } } }>('/applications', body, auth);
    expect(refused.status).toBe(402);
    expect(refused.body.error.code).toBe('payment_required');
    expect(refused.body.error.data?.amountKopecks).toBeGreaterThan(0);
  });

  it('refuses a wrong signing code and creates nothing', async () => {
    const body = await signed(submission(crypto.randomUUID()));
    const wrong = await server.post<ErrorBody>('/applications', { ...body, code: body.code === '000000' ? '111111' : '000000' }, auth);
    expect(wrong.body.error.code).toBe('code_wrong');
    expect(await server.db.cases.count()).toBe(0);
  });

  it('shows an application only to its owner', async () => {
    const sent = await server.post<Application>('/applications', await signed(submission(crypto.randomUUID())), auth);
    expect((await server.get(`/applications/${sent.body.id}`, auth)).status).toBe(200);
    expect((await server.get(`/applications/${sent.body.id}`)).status).toBe(401);
  });
});

describe('attached files', () => {
  const FLAGSHIP = {
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
    phone: '+79123456789',
    email: 'maria@example.ru',
  };
  const pdf = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));
  const PDF = pdf('files/sample.pdf');
  const EXE: Uint8Array<ArrayBuffer> = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  const hex = async (bytes: Uint8Array<ArrayBuffer>) =>
    Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

  async function multipart(
    files: Record<string, { bytes: Uint8Array<ArrayBuffer>; name: string }>,
    answers: Record<string, unknown> = FLAGSHIP,
    extra: Record<string, unknown> = {},
  ) {
    await server.db.accounts.toCollection().modify({ identityLevel: 'confirmed' });
    const attachments = await Promise.all(Object.entries(files).map(async ([slot, f]) => ({ slot, name: f.name, sha256: await hex(f.bytes) })));
    const submission = await signed({
      draftId: crypto.randomUUID(),
      serviceId: 'residence-certificate',
      answers,
      resultWay: 'electronic',
      attachments,
      ...extra,
    });
    const body = new FormData();
    body.set('submission', JSON.stringify(submission));
    for (const [slot, f] of Object.entries(files)) body.set(`file:${slot}`, new Blob([f.bytes]), f.name);
    return server.send<ErrorBody & Application & { files: { slot: string }[] }>('POST', '/applications', undefined, auth, body);
  }

  it('receives the files of every required document, checked again on arrival', async () => {
    const sent = await multipart({
      passport: { bytes: PDF, name: 'passport.pdf' },
      snils: { bytes: PDF, name: 'snils.pdf' },
      registration_proof: { bytes: PDF, name: 'lease.pdf' },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.files.map((f) => f.slot).sort()).toEqual(['passport', 'registration_proof', 'snils']);
  });

  it('a paper result by post needs a full delivery address, kept normalised and shown on one line (issue 19.4)', async () => {
    const files = {
      passport: { bytes: PDF, name: 'passport.pdf' },
      snils: { bytes: PDF, name: 'snils.pdf' },
      registration_proof: { bytes: PDF, name: 'lease.pdf' },
    };
    // A region without a paper fee (Московская область charges one: paperFee.test covers that).
    const free = { ...FLAGSHIP, region: 'город Москва' };
    const missing = await multipart(files, free, { resultWay: 'post' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toMatchObject({ deliveryRegion: 'required', deliveryHouse: 'required', deliveryPostalIndex: 'required' });
    const badIndex = await multipart(files, free, {
      resultWay: 'post',
      deliveryAddress: { region: 'Тверская обл.', city: 'Тверь', street: 'ул. Советская', house: 'д. 3', postalIndex: '17000' },
    });
    expect(badIndex.body.error.fields).toEqual({ deliveryPostalIndex: 'postal_index_format' });
    const sent = await multipart(files, free, {
      resultWay: 'post',
      deliveryAddress: { region: 'Тверская обл.', city: 'Тверь', street: 'ул. Советская', house: 'д. 3', apartment: 'кв. 5', postalIndex: '170000' },
    });
    expect(sent.status).toBe(201);
    expect((sent.body as unknown as { deliveryAddress: string }).deliveryAddress).toBe(
      '170000, Тверская область, город Тверь, улица Советская, дом 3, квартира 5',
    );
  });

  it("refuses a non-owner who promised the owner's consent and did not attach it (issue 19.6)", async () => {
    const files = {
      passport: { bytes: PDF, name: 'passport.pdf' },
      snils: { bytes: PDF, name: 'snils.pdf' },
      registration_proof: { bytes: PDF, name: 'lease.pdf' },
    };
    const tenant = { ...FLAGSHIP, isOwner: 'no', ownerName: 'Петров Пётр Петрович', ownerConsentNote: true };
    const bad = await multipart(files, tenant);
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'validation', fields: { 'documents.owner_consent': 'document_missing' } });
    expect(await server.db.cases.count()).toBe(0);
    const sent = await multipart({ ...files, owner_consent: { bytes: PDF, name: 'consent.pdf' } }, tenant);
    expect(sent.status).toBe(201);
  });

  it('refuses a spoofed file and a missing required document, naming each', async () => {
    const bad = await multipart({ passport: { bytes: EXE, name: 'passport.pdf' }, snils: { bytes: PDF, name: 'snils.pdf' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ 'documents.passport': 'file_unknown_type', 'documents.registration_proof': 'document_missing' });
    expect(await server.db.cases.count()).toBe(0);
  });

  it('refuses again on arrival a PDF with a script, one without pages and an encrypted one', async () => {
    const bad = await multipart({
      passport: { bytes: pdf('pdf/open-action-js.pdf'), name: 'passport.pdf' },
      snils: { bytes: pdf('files/no-pages.pdf'), name: 'snils.pdf' },
      registration_proof: { bytes: pdf('pdf/encrypted-aes256.pdf'), name: 'lease.pdf' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({
      'documents.passport': 'file_pdf_active_content',
      'documents.snils': 'file_pdf_no_pages',
      'documents.registration_proof': 'file_pdf_encrypted',
    });
  });

  it('refuses again on arrival a JPEG+PDF polyglot, a double extension and a 30000 × 30000 image', async () => {
    const bad = await multipart({
      passport: { bytes: pdf('files/hostile/jpeg-pdf-polyglot.jpg'), name: 'passport.jpg' },
      snils: { bytes: pdf('files/hostile/invoice.pdf.exe'), name: 'invoice.pdf.exe' },
      registration_proof: { bytes: pdf('files/hostile/huge-sides.png'), name: 'lease.png' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({
      'documents.passport': 'file_polyglot',
      'documents.snils': 'file_double_extension',
      'documents.registration_proof': 'file_image_too_large',
    });
  });

  it('keeps a 180-character file name shortened to 100 with its extension', async () => {
    const long = `${'Выписка из домовой книги '.repeat(7)}.pdf`;
    const sent = await multipart({
      passport: { bytes: PDF, name: 'passport.pdf' },
      snils: { bytes: PDF, name: 'snils.pdf' },
      registration_proof: { bytes: PDF, name: long },
    });
    expect(sent.status).toBe(201);
    const stored = (await server.db.cases.toArray())[0]!.files!.find((f) => f.slot === 'registration_proof')!;
    expect(Array.from(stored.name)).toHaveLength(100);
    expect(stored.name.endsWith('….pdf')).toBe(true);
  });
});
