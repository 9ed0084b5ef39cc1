// What the bot says: pure functions from the person's words (and what was already shown) to bot
// messages. The page stores them as meanings (kind + article ids) and renders them in its language.
import type { BotMessage, ChatMessage } from './chat';
import { classifyProblem } from './classify';
import type { KbIndex } from './kbSearch';

type NewId = () => string;
const MORE_LIMIT = 3;

/** The bot's answer to a short description of a problem. */
export function answerProblem(text: string, index: KbIndex, at: number, newId: NewId): BotMessage[] {
  const found = classifyProblem(text, index);
  if (found.legal)
    return [
      { id: newId(), at, from: 'bot', kind: 'legal', category: found.category },
      { id: newId(), at, from: 'bot', kind: 'offer_person' },
    ];
  if (!found.understood || found.articles.length === 0)
    return [
      { id: newId(), at, from: 'bot', kind: 'not_understood' },
      { id: newId(), at, from: 'bot', kind: 'offer_person' },
    ];
  return [{ id: newId(), at, from: 'bot', kind: 'articles', category: found.category, articleIds: found.articles.map((a) => a.id) }];
}

/** The bot's answer to «Помогло?»: thanks, or more articles (not shown before), what it cannot do, and a person. */
export function answerHelped(helped: boolean, messages: readonly ChatMessage[], index: KbIndex, at: number, newId: NewId): BotMessage[] {
  if (helped) return [{ id: newId(), at, from: 'bot', kind: 'thanks' }];
  const shown = new Set(messages.flatMap((m) => (m.from === 'bot' ? (m.articleIds ?? []) : [])));
  const problem = messages
    .filter((m) => m.from === 'citizen')
    .map((m) => m.text)
    .join(' ');
  const more = index
    .search(problem, shown.size + MORE_LIMIT)
    .filter((a) => !shown.has(a.id))
    .slice(0, MORE_LIMIT);
  const reply: BotMessage[] = [];
  if (more.length > 0) reply.push({ id: newId(), at, from: 'bot', kind: 'more', articleIds: more.map((a) => a.id) });
  reply.push({ id: newId(), at, from: 'bot', kind: 'cannot' }, { id: newId(), at, from: 'bot', kind: 'offer_person' });
  return reply;
}

/** The category the bot settled on last, for the hand-over. */
export function lastCategory(messages: readonly ChatMessage[]): BotMessage['category'] {
  return [...messages].reverse().find((m): m is BotMessage => m.from === 'bot' && m.category !== undefined)?.category;
}
