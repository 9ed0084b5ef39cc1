// The scripted operator of a demo stand: when no clerk takes a handed-over chat, «an operator» joins
// after a realistic wait and answers from the knowledge base. Pure catch-up on read: given the chat,
// its seed and the simulated time, it returns the messages due by `now` — the same seed always gives
// the same conversation, and the server never sets a timer.
import { seededRandom } from '../seededRandom';
import type { Article } from './articleSchema';
import type { ChatMessage, ChatView } from './chat';
import type { KbIndex } from './kbSearch';

const MINUTE_MS = 60_000;
const NAMES = [
  { ru: 'Анна Соколова', en: 'Anna Sokolova' },
  { ru: 'Игорь Петров', en: 'Igor Petrov' },
  { ru: 'Мария Лебедева', en: 'Maria Lebedeva' },
  { ru: 'Дмитрий Орлов', en: 'Dmitry Orlov' },
];

const PHRASES = {
  hello: {
    ru: 'Здравствуйте! Я прочитал(а) переписку с ботом. По вашему вопросу: {summary}',
    en: 'Hello! I have read your conversation with the bot. On your question: {summary}',
  },
  steps: {
    ru: 'Что сделать: {steps} Подробно — в статье «{title}» в разделе «Помощь».',
    en: 'What to do: {steps} The full article is «{title}» under Help.',
  },
  unknown: {
    ru: 'Здравствуйте! Опишите, пожалуйста, что именно произошло и когда — я помогу или передам вопрос специалистам.',
    en: 'Hello! Please tell me what exactly happened and when: I will help or pass the question to specialists.',
  },
  bye: {
    ru: 'Если вопрос решён, я завершу разговор. Пожалуйста, оцените мой ответ — это помогает нам работать лучше.',
    en: 'If your question is solved I will close the conversation. Please rate my answer: it helps us do better.',
  },
};

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function problemText(chat: ChatView): string {
  return chat.messages
    .filter((m) => m.from === 'citizen')
    .map((m) => m.text)
    .join(' ');
}

export interface ScriptPlan {
  name: { ru: string; en: string };
  /** Simulated ms of each scripted step after the hand-over. */
  joinAt: number;
  answerAt: number;
}

export function planScript(chat: ChatView, handedAt: number): ScriptPlan {
  // Seeded by the chat id: the same chat always gets the same operator and the same waits.
  const random = seededRandom(`support-chat:${chat.id}`);
  const name = NAMES[Math.floor(random() * NAMES.length)]!;
  const joinAt = handedAt + Math.round((2 + random() * 3) * MINUTE_MS); // 2–5 minutes in the queue
  const answerAt = joinAt + Math.round((1 + random() * 2) * MINUTE_MS); // 1–3 minutes to type
  return { name, joinAt, answerAt };
}

/** The scripted messages due by `now` that the chat does not have yet (ids are stable, so this is idempotent). */
export function scriptedMessagesDue(chat: ChatView, now: number, index: KbIndex): ChatMessage[] {
  if (chat.status === 'closed' || chat.handedAt === undefined) return [];
  const plan = planScript(chat, chat.handedAt);
  const lang = chat.locale;
  const name = plan.name[lang];
  const best: Article | undefined = index.search(problemText(chat), 1)[0];
  const steps: ChatMessage[] = [
    { id: `${chat.id}-script-join`, at: plan.joinAt, from: 'system', kind: 'taken', name },
    best
      ? {
          id: `${chat.id}-script-answer`,
          at: plan.answerAt,
          from: 'operator',
          name,
          text: `${fill(PHRASES.hello[lang], { summary: best.summary[lang] })} ${fill(PHRASES.steps[lang], { steps: best.body.map((b) => b[lang]).join(' '), title: best.title[lang] })}`,
        }
      : { id: `${chat.id}-script-answer`, at: plan.answerAt, from: 'operator', name, text: PHRASES.unknown[lang] },
    { id: `${chat.id}-script-bye`, at: plan.answerAt + 1000, from: 'operator', name, text: PHRASES.bye[lang] },
  ];
  const have = new Set(chat.messages.map((m) => m.id));
  return steps.filter((m) => m.at <= now && !have.has(m.id));
}
