// A support conversation as the server keeps it and the device mirrors it: who said what and when.
// Bot messages are stored as what the bot meant (kind + article ids), not as text, so each reader sees
// them in their own language. Operator hours and the scripted operator live in their own modules.
import * as v from 'valibot';
import { StarsSchema } from '../rating';
import { SupportCategorySchema } from './supportCategorySchema';

export const CHAT_TEXT_MAX = 2000;
export const RATING_COMMENT_MAX = 2000;

export const BOT_KINDS = [
  'greeting',
  'articles',
  'more',
  'not_understood',
  'legal',
  'cannot',
  'thanks',
  'offer_person',
  'handed_over',
  'off_hours',
] as const;

const TextSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(CHAT_TEXT_MAX, 'too_long'));

export const ChatFileSchema = v.object({ id: v.string(), name: v.string(), type: v.string(), size: v.number() });
export type ChatFile = v.InferOutput<typeof ChatFileSchema>;

export const ChatMessageSchema = v.variant('from', [
  v.object({ id: v.string(), at: v.number(), from: v.literal('citizen'), text: TextSchema }),
  v.object({
    id: v.string(),
    at: v.number(),
    from: v.literal('bot'),
    kind: v.picklist(BOT_KINDS),
    category: v.optional(SupportCategorySchema),
    articleIds: v.optional(v.array(v.string())),
    /** For off_hours: when the next shift starts (simulated ms). */
    until: v.optional(v.number()),
  }),
  v.object({ id: v.string(), at: v.number(), from: v.literal('operator'), name: v.string(), text: v.string(), file: v.optional(ChatFileSchema) }),
  v.object({ id: v.string(), at: v.number(), from: v.literal('system'), kind: v.picklist(['taken', 'closed']), name: v.optional(v.string()) }),
]);
export type ChatMessage = v.InferOutput<typeof ChatMessageSchema>;
export type BotMessage = Extract<ChatMessage, { from: 'bot' }>;

export const CHAT_STATUSES = ['bot', 'queued', 'taken', 'closed'] as const;

export const ChatViewSchema = v.object({
  id: v.string(),
  status: v.picklist(CHAT_STATUSES),
  category: v.optional(SupportCategorySchema),
  locale: v.picklist(['ru', 'en']),
  createdAt: v.number(),
  updatedAt: v.number(),
  /** Simulated ms when the bot handed the chat to a person. */
  handedAt: v.optional(v.number()),
  operatorName: v.optional(v.string()),
  rating: v.optional(v.object({ stars: v.number(), comment: v.string(), at: v.number() })),
  messages: v.array(ChatMessageSchema),
});
/** A chat as the operator sees it: whose it is, and whether a clerk (not the scripted operator) holds it. */
export const OperatorChatSchema = v.object({ ...ChatViewSchema.entries, citizenName: v.string(), clerk: v.boolean() });
export type OperatorChat = v.InferOutput<typeof OperatorChatSchema>;
export type ChatView = v.InferOutput<typeof ChatViewSchema>;

/** What the page sends: new messages (the citizen's and the bot's answers), appended in order. */
export const ChatAppendSchema = v.object({
  chatId: v.pipe(v.string(), v.uuid()),
  locale: v.picklist(['ru', 'en']),
  messages: v.pipe(
    v.array(v.union([ChatMessageSchema.options[0], ChatMessageSchema.options[1]])),
    v.minLength(1),
    // The device sends the whole bot-side history each time (the server skips ids it has): keep it bounded.
    v.maxLength(200),
  ),
});

export const HandOverSchema = v.object({ category: v.optional(SupportCategorySchema) });

export const RatingSchema = v.object({
  stars: StarsSchema,
  comment: v.pipe(v.string(), v.trim(), v.maxLength(RATING_COMMENT_MAX, 'too_long')),
});

export const OperatorAnswerSchema = v.object({ text: TextSchema });

/** Operator queue row: enough to pick a chat. */
export const ChatQueueItemSchema = v.object({
  id: v.string(),
  status: v.picklist(CHAT_STATUSES),
  citizen: v.string(),
  category: v.optional(SupportCategorySchema),
  handedAt: v.optional(v.number()),
  lastText: v.string(),
});
export const ChatQueueSchema = v.array(ChatQueueItemSchema);
export type ChatQueueItem = v.InferOutput<typeof ChatQueueItemSchema>;
