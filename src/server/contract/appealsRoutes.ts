// The contract of appeals (the citizen's, the console's) and of the support chat.
import * as v from 'valibot';
import { SignedAnswerSchema, VerifyResultSchema } from '../../domain/answers/documents';
import { AppealQueueSchema, ConsoleAppealSchema } from '../../domain/answers/operator';
import { AppealScenarioSettingSchema } from '../../domain/answers/sim';
import { appealInputSchema } from '../../domain/appeals/input';
import { callbackSchema, ReopenSchema } from '../../domain/appeals/supportInput';
import { ClerkActionSchema } from '../../domain/appeals/types';
import { AppealListSchema, AppealViewSchema, RatingSchema as AppealRatingSchema } from '../../domain/appeals/view';
import {
  ChatAppendSchema,
  ChatQueueSchema,
  ChatViewSchema,
  HandOverSchema,
  OperatorAnswerSchema,
  OperatorChatSchema,
  RatingSchema as ChatRatingSchema,
} from '../../domain/support/chat';
import { EditSchema, MaterialsSchema } from '../appeals/citizenActions';
import { OPEN_REASONS, QuerySchema as AppealQueueQuerySchema } from '../appeals/operator';
import { AppealScenarioChoiceSchema } from '../appeals/scenarioSetting';
import { entry } from './entry';
import type { Contract } from './types';

/** Appeal schemas check dates against now; the contract is written for a fixed moment. */
const CONTRACT_NOW = Date.parse('2026-03-02T09:00:00.000Z');
const APPEAL = { id: 'ap-3b8e5d21' };
const CHAT = { id: '0b9f7c1e-2a3d-4e5f-9a8b-7c6d5e4f3a21' };
const VIEW = { status: 200, schema: AppealViewSchema };
const STATE = ['not_found', 'conflict', 'appeal_locked'];

export const APPEAL_ROUTES_CONTRACT: Contract = {
  'POST /api/appeals': entry(
    'appeals',
    'citizen',
    'Send an appeal (JSON, or multipart «appeal» + «file:<index>»)',
    'Отправить обращение (JSON или multipart «appeal» + «file:<index>»)',
    {
      body: appealInputSchema(CONTRACT_NOW),
      ok: { status: 201, schema: AppealViewSchema },
      errors: ['identity_level_low', 'conflict', 'file_too_large', 'file_type'],
      example: {
        body: {
          draftId: '7d4c2e1a-9b8f-4c3d-a2e1-5f6a7b8c9d0e',
          type: 'request',
          topic: 'general',
          subject: 'Как получить справку о составе семьи',
          description: 'Подскажите, в какой срок выдаётся справка.',
          priority: 'low',
          contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' },
        },
      },
    },
  ),
  'GET /api/appeals': entry('appeals', 'citizen', "The citizen's appeals", 'Обращения гражданина', { ok: { status: 200, schema: AppealListSchema } }),
  'GET /api/appeals/:id': entry('appeals', 'citizen', 'One appeal', 'Одно обращение', {
    ok: VIEW,
    errors: ['not_found'],
    example: { params: APPEAL },
  }),
  'PUT /api/appeals/:id': entry('appeals', 'citizen', 'Edit the appeal before processing starts', 'Изменить обращение до начала рассмотрения', {
    body: EditSchema,
    ok: VIEW,
    errors: STATE,
    example: { params: APPEAL },
  }),
  'POST /api/appeals/:id/materials': entry('appeals', 'citizen', 'Send the materials the department asked for', 'Дослать материалы по запросу', {
    body: MaterialsSchema,
    ok: VIEW,
    errors: [...STATE, 'not_awaiting'],
    example: { params: APPEAL, body: { comment: 'Прикладываю копию договора.' } },
  }),
  'POST /api/appeals/:id/repeat': entry(
    'appeals',
    'citizen',
    'Ask again (optionally to a higher authority)',
    'Повторное обращение (можно в вышестоящий орган)',
    {
      body: v.object({ escalate: v.optional(v.boolean()) }),
      ok: VIEW,
      errors: [...STATE, 'repeat_too_early'],
      example: { params: APPEAL, body: { escalate: false } },
    },
  ),
  'POST /api/appeals/:id/close': entry('appeals', 'citizen', 'Withdraw the appeal', 'Отозвать обращение', {
    ok: VIEW,
    errors: STATE,
    example: { params: APPEAL, body: {} },
  }),
  'POST /api/appeals/:id/rating': entry('appeals', 'citizen', 'Rate the answer', 'Оценить ответ', {
    body: AppealRatingSchema,
    ok: VIEW,
    errors: [...STATE, 'already_rated', 'nothing_to_rate', 'no_answer'],
    example: { params: APPEAL, body: { scores: { timeliness: 5, clarity: 4, completeness: 5, courtesy: 5 } } },
  }),
  'POST /api/appeals/:id/reopen': entry('appeals', 'citizen', 'Reopen: the answer did not help', 'Возобновить: ответ не помог', {
    body: ReopenSchema,
    ok: VIEW,
    errors: STATE,
    example: { params: APPEAL, body: { comment: 'Ответ не касается моего вопроса.' } },
  }),
  'POST /api/appeals/:id/callback': entry('appeals', 'citizen', 'Ask for a call back', 'Заказать обратный звонок', {
    body: callbackSchema(CONTRACT_NOW),
    ok: VIEW,
    errors: STATE,
    example: { params: APPEAL },
  }),
  'GET /api/appeals/:id/answer': entry('appeals', 'citizen', 'The signed answer (JSON and XML files)', 'Подписанный ответ (файлы JSON и XML)', {
    ok: { status: 200, schema: SignedAnswerSchema },
    errors: ['not_found', 'no_answer'],
    example: { params: APPEAL },
  }),
  'GET /api/appeals/:id/answer/pdf': entry(
    'appeals',
    'citizen',
    'The answer as a sealed PDF (lang=ru|en)',
    'Ответ в виде подписанного PDF (lang=ru|en)',
    {
      query: v.object({ lang: v.optional(v.picklist(['ru', 'en'])) }),
      ok: { status: 200, mediaType: 'application/pdf' },
      errors: ['not_found', 'no_answer'],
      example: { params: APPEAL, query: { lang: 'ru' } },
    },
  ),
  'POST /api/appeals/answers/verify': entry(
    'appeals',
    'anyone',
    'Verify a signed answer file (its text)',
    'Проверить файл подписанного ответа (его текст)',
    {
      body: v.object({ text: v.pipe(v.string(), v.maxLength(200_000)) }),
      ok: { status: 200, schema: VerifyResultSchema },
      errors: ['not_okno_document'],
      example: { body: { text: '{"answer":"…"}' } },
    },
  ),
  'GET /api/operator/appeals': entry('operator', 'operator', 'The queue of appeals', 'Очередь обращений', {
    query: AppealQueueQuerySchema,
    ok: { status: 200, schema: AppealQueueSchema },
    example: { query: { term: 'warning' } },
  }),
  'GET /api/operator/appeals/:id': entry(
    'operator',
    'operator',
    'Open an appeal (the reason is logged)',
    'Открыть обращение (причина записывается)',
    {
      query: v.object({ reason: v.picklist(OPEN_REASONS) }),
      ok: { status: 200, schema: ConsoleAppealSchema },
      errors: ['not_found'],
      example: { params: APPEAL, query: { reason: 'work' } },
    },
  ),
  'POST /api/operator/appeals/:id/action': entry(
    'operator',
    'operator',
    'Register, request materials, extend, answer, refuse',
    'Зарегистрировать, запросить, продлить, ответить, отказать',
    {
      body: ClerkActionSchema,
      ok: { status: 200, schema: ConsoleAppealSchema },
      errors: ['not_found', 'conflict'],
      example: { params: APPEAL, body: { action: 'accept', comment: '' } },
    },
  ),
  'GET /api/_sim/appeal-scenario': entry('sim', 'anyone', 'The scenario new appeals follow', 'Сценарий новых обращений', {
    ok: { status: 200, schema: AppealScenarioSettingSchema },
  }),
  'POST /api/_sim/appeal-scenario': entry('sim', 'anyone', 'Set the scenario of new appeals', 'Задать сценарий новых обращений', {
    body: v.object({ scenario: AppealScenarioChoiceSchema }),
    ok: { status: 200, schema: AppealScenarioSettingSchema },
    example: { body: { scenario: 'random' } },
  }),
  'GET /api/support/chats/:id': entry('support', 'anyone', 'A support chat', 'Чат поддержки', {
    ok: { status: 200, schema: ChatViewSchema },
    errors: ['not_found'],
    example: { params: CHAT },
  }),
  'POST /api/support/chats/:id/messages': entry(
    'support',
    'anyone',
    "Add the citizen's and the bot's messages",
    'Добавить сообщения гражданина и бота',
    {
      body: ChatAppendSchema,
      ok: { status: 200, schema: ChatViewSchema },
      errors: ['bad_request', 'chat_closed', 'forbidden'],
      example: {
        params: CHAT,
        body: { chatId: CHAT.id, locale: 'ru', messages: [{ id: 'm1', at: CONTRACT_NOW, from: 'citizen', text: 'Как записаться в МФЦ?' }] },
      },
    },
  ),
  'POST /api/support/chats/:id/handover': entry('support', 'anyone', 'Hand the chat over to an operator', 'Передать чат оператору', {
    body: HandOverSchema,
    ok: { status: 200, schema: ChatViewSchema },
    errors: ['not_found', 'chat_closed', 'forbidden'],
    example: { params: CHAT, body: { category: 'signin' } },
  }),
  'POST /api/support/chats/:id/rating': entry('support', 'anyone', 'Rate the chat', 'Оценить чат', {
    body: ChatRatingSchema,
    ok: { status: 200, schema: ChatViewSchema },
    errors: ['not_found', 'already_rated', 'nothing_to_rate', 'forbidden'],
    example: { params: CHAT, body: { stars: 5, comment: '' } },
  }),
  'GET /api/support/chats/:id/files/:fileId': entry('support', 'anyone', 'A file the operator sent', 'Файл от оператора', {
    ok: { status: 200, mediaType: 'application/octet-stream' },
    errors: ['not_found'],
    example: { params: { ...CHAT, fileId: 'file-1' } },
  }),
  'GET /api/operator/chats': entry('operator', 'operator', 'Chats waiting for an operator', 'Чаты, ждущие оператора', {
    ok: { status: 200, schema: ChatQueueSchema },
  }),
  'GET /api/operator/chats/:id': entry('operator', 'operator', 'One chat for the operator', 'Один чат для оператора', {
    ok: { status: 200, schema: OperatorChatSchema },
    errors: ['not_found'],
    example: { params: CHAT },
  }),
  'POST /api/operator/chats/:id/take': entry('operator', 'operator', 'Take the chat', 'Взять чат', {
    ok: { status: 200, schema: OperatorChatSchema },
    errors: ['not_found', 'chat_closed', 'conflict'],
    example: { params: CHAT, body: {} },
  }),
  'POST /api/operator/chats/:id/answer': entry(
    'operator',
    'operator',
    'Answer (multipart «text» and an optional «file»)',
    'Ответить (multipart «text» и «file»)',
    {
      body: OperatorAnswerSchema,
      multipart: true,
      ok: { status: 200, schema: OperatorChatSchema },
      errors: ['not_found', 'chat_closed', 'not_taken', 'bad_request'],
      example: { params: CHAT, body: { text: 'Здравствуйте! Запись открыта на сайте.' } },
    },
  ),
  'POST /api/operator/chats/:id/close': entry('operator', 'operator', 'Close the chat', 'Закрыть чат', {
    ok: { status: 200, schema: OperatorChatSchema },
    errors: ['not_found', 'not_taken'],
    example: { params: CHAT, body: {} },
  }),
};
