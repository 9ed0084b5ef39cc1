// The contract of applications (cases), their signed results, document checks and the operator console for cases.
import * as v from 'valibot';
import { CodeTicketSchema } from '../../domain/account';
import { ApplicationViewSchema, SubmissionSchema } from '../../domain/application';
import { AuthorityKeySchema, CaseResultSchema, VerifyResultSchema } from '../../domain/answers/documents';
import { OperatorCaseSchema, OperatorLogEntrySchema, OperatorQueueSchema } from '../../domain/answers/operator';
import { PinStateSchema, StaffSessionSchema } from '../../domain/answers/sim';
import { VerifyRequestSchema } from '../../domain/certificate';
import { OperatorActionSchema } from '../../domain/lifecycle/types';
import { PinChangeSchema } from '../../domain/operatorPin';
import { QuestionSchema } from '../../domain/lifecycle/questions';
import { ReplySchema } from '../handlers/caseActions';
import { ServiceRatingsSchema } from '../../domain/answers/ratings';
import { NewsInputSchema, NewsPublishedSchema } from '../../domain/news';
import { RatingInputSchema } from '../../domain/ratings/rating';
import { QuerySchema as CaseQueueQuerySchema } from '../handlers/operator';
import { entry } from './entry';
import type { Contract } from './types';

const CASE = { id: 'c-5d0c6f0e' };
const PDF = 'application/pdf';

export const CASE_ROUTES: Contract = {
  'POST /api/applications/code': entry('applications', 'citizen', 'A code by SMS to sign a submission', 'Код по SMS для подписи заявления', {
    ok: { status: 201, schema: CodeTicketSchema },
    errors: ['resend_too_soon'],
    example: { body: {} },
  }),
  'POST /api/applications': entry(
    'applications',
    'citizen',
    'Submit an application (JSON, or multipart «submission» + «file:<slot>»)',
    'Подать заявление (JSON или multipart «submission» + «file:<slot>»)',
    {
      body: SubmissionSchema,
      ok: { status: 201, schema: ApplicationViewSchema },
      errors: [
        'identity_level_low',
        'code_wrong',
        'code_expired',
        'file_too_large',
        'file_type',
        'not_found',
        'already_fixed',
        'signature_no_key',
        'signature_other_key',
        'signature_invalid',
      ],
    },
  ),
  'GET /api/applications': entry('applications', 'citizen', "The citizen's applications", 'Заявления гражданина', {
    ok: { status: 200, schema: v.array(ApplicationViewSchema) },
  }),
  'GET /api/applications/:id': entry('applications', 'citizen', 'One application, as of the simulated now', 'Одно заявление на текущий момент', {
    ok: { status: 200, schema: v.object({ ...ApplicationViewSchema.entries, asOf: v.number() }) },
    errors: ['not_found'],
    example: { params: CASE },
  }),
  'GET /api/applications/:id/files/:index': entry(
    'applications',
    'citizen',
    'A file of the application, as it was received (to start a correction)',
    'Файл заявления в том виде, как он получен (для исправления)',
    {
      ok: { status: 200, mediaType: 'application/octet-stream' },
      errors: ['not_found'],
      example: { params: { ...CASE, index: '0' } },
    },
  ),
  'POST /api/applications/:id/withdraw': entry(
    'applications',
    'citizen',
    'Withdraw the application (while sent or accepted)',
    'Отозвать заявление (пока отправлено или принято)',
    {
      ok: { status: 200, schema: ApplicationViewSchema },
      errors: ['not_found', 'withdraw_too_late'],
      example: { params: CASE, body: {} },
    },
  ),
  'POST /api/applications/:id/questions': entry(
    'applications',
    'citizen',
    'Ask the department a question about the application',
    'Задать ведомству вопрос по заявлению',
    {
      body: QuestionSchema,
      ok: { status: 201, schema: ApplicationViewSchema },
      errors: ['not_found', 'questions_closed', 'questions_limit'],
      example: { params: CASE, body: { text: 'Когда будет готова справка?' } },
    },
  ),
  'PUT /api/applications/:id/rating': entry(
    'applications',
    'citizen',
    'Rate the service of a ready or issued application (rating again changes it)',
    'Оценить услугу по готовому или выданному заявлению (повторная оценка меняет прежнюю)',
    {
      body: RatingInputSchema,
      ok: { status: 200, schema: ApplicationViewSchema },
      errors: ['not_found', 'not_rateable'],
      example: { params: CASE, body: { stars: 5, comment: 'Всё быстро и понятно' } },
    },
  ),
  'GET /api/catalog/services/:id/ratings': entry(
    'catalog',
    'anyone',
    "A service's ratings over every account: count, mean, how many gave each number of stars",
    'Оценки услуги по всем учётным записям: число, среднее, сколько поставили каждую оценку',
    {
      ok: { status: 200, schema: ServiceRatingsSchema },
      errors: ['not_found'],
      example: { params: { id: 'residence-certificate' } },
    },
  ),
  'POST /api/applications/:id/reply': entry(
    'applications',
    'citizen',
    'Send the documents the department asked for (multipart «reply» + files)',
    'Дослать документы (multipart «reply» + файлы)',
    {
      body: ReplySchema,
      multipart: true,
      ok: { status: 200, schema: ApplicationViewSchema },
      errors: ['not_found', 'conflict', 'file_too_large', 'file_type'],
      example: { params: CASE },
    },
  ),
  'POST /api/applications/:id/received': entry('applications', 'citizen', 'The citizen got the result', 'Гражданин получил результат', {
    ok: { status: 200, schema: ApplicationViewSchema },
    errors: ['not_found', 'conflict'],
    example: { params: CASE, body: {} },
  }),
  'GET /api/applications/:id/result': entry(
    'certificates',
    'citizen',
    'The signed electronic result of a case',
    'Подписанный электронный результат',
    {
      ok: { status: 200, schema: CaseResultSchema },
      errors: ['not_found', 'no_answer'],
      example: { params: CASE },
    },
  ),
  'GET /api/applications/:id/result/pdf': entry('certificates', 'citizen', 'The result as a sealed PDF', 'Результат в виде подписанного PDF', {
    ok: { status: 200, mediaType: PDF },
    errors: ['not_found', 'no_answer'],
    example: { params: CASE },
  }),
  'POST /api/certificates/verify-file': entry(
    'certificates',
    'anyone',
    'Verify a PDF issued by Okno (the body is the file)',
    'Проверить PDF, выданный Окном (тело — файл)',
    {
      bodyType: PDF,
      ok: { status: 200, schema: VerifyResultSchema },
      errors: ['too_large', 'not_okno_document'],
    },
  ),
  'GET /api/certificates/key': entry('certificates', 'anyone', "The authority's public key (JWK)", 'Открытый ключ ведомства (JWK)', {
    ok: { status: 200, schema: AuthorityKeySchema },
  }),
  'POST /api/certificates/verify': entry(
    'certificates',
    'anyone',
    'Verify a certificate by its data and signature',
    'Проверить справку по данным и подписи',
    {
      body: VerifyRequestSchema,
      ok: { status: 200, schema: VerifyResultSchema },
      errors: ['certificate_mismatch'],
    },
  ),
  'GET /api/_sim/operator': entry('sim', 'anyone', 'Is the operator PIN set', 'Задан ли PIN оператора', {
    ok: { status: 200, schema: PinStateSchema },
  }),
  'POST /api/_sim/operator': entry('sim', 'anyone', 'Set or change the operator PIN', 'Задать или сменить PIN оператора', {
    body: PinChangeSchema,
    ok: { status: 200, schema: PinStateSchema },
    errors: ['operator_pin_current_required', 'operator_pin_wrong', 'operator_locked'],
    example: { body: { pin: '2468' } },
  }),
  'POST /api/operator/check': entry('operator', 'anyone', 'Open a staff session with the PIN', 'Открыть сеанс сотрудника по PIN', {
    body: v.object({ pin: v.string() }),
    ok: { status: 200, schema: StaffSessionSchema },
    errors: ['operator_pin_unset', 'operator_pin_wrong', 'operator_locked'],
    example: { body: { pin: '2468' } },
  }),
  'GET /api/me/operator-log': entry(
    'me',
    'citizen',
    "What the operator did with the citizen's cases",
    'Что оператор сделал с заявлениями гражданина',
    {
      ok: { status: 200, schema: v.array(OperatorLogEntrySchema) },
    },
  ),
  'GET /api/operator/cases': entry('operator', 'operator', 'The queue of cases', 'Очередь заявлений', {
    query: CaseQueueQuerySchema,
    ok: { status: 200, schema: OperatorQueueSchema },
    example: { query: { status: 'sent' } },
  }),
  'GET /api/operator/cases/:id': entry('operator', 'operator', 'One case for the console', 'Одно заявление для пульта', {
    ok: { status: 200, schema: OperatorCaseSchema },
    errors: ['not_found'],
    example: { params: CASE },
  }),
  'POST /api/operator/cases/:id/action': entry(
    'operator',
    'operator',
    'Accept, request documents, reject or issue',
    'Принять, запросить документы, отказать, выдать',
    {
      body: OperatorActionSchema,
      ok: { status: 200, schema: OperatorCaseSchema },
      errors: ['not_found', 'conflict'],
      example: { params: CASE, body: { action: 'accept' } },
    },
  ),
  'POST /api/operator/cases/:id/revoke': entry('operator', 'operator', 'Revoke the issued document', 'Отозвать выданный документ', {
    ok: { status: 200, schema: OperatorCaseSchema },
    errors: ['not_found', 'conflict'],
    example: { params: CASE, body: {} },
  }),
  'POST /api/operator/news': entry(
    'operator',
    'operator',
    'Publish portal news to every citizen who turned news on, in the channels they chose',
    'Опубликовать новость портала для всех, кто включил новости, в выбранных ими каналах',
    {
      body: NewsInputSchema,
      ok: { status: 201, schema: NewsPublishedSchema },
      example: { body: { title: 'Обновлён раздел «Справки»', text: 'Справку о несудимости теперь можно заказать и на английском языке.' } },
    },
  ),
};
