// Whether the support chat is open, as a signal any page can flip («Написать в чат» on help pages,
// «Что делать?» on error screens) without loading the chat itself: the floating button loads it.
import { createSignal } from 'solid-js';

const [chatOpen, setChatOpen] = createSignal(false);
const [chatPrompt, setChatPrompt] = createSignal<string | undefined>(undefined);
export { chatOpen, chatPrompt };

/** Opens the chat; `prompt` fills the message box (e.g. the text of an error), never sends it. */
export function openChat(prompt?: string): void {
  setChatPrompt(prompt);
  setChatOpen(true);
}

export function closeChat(): void {
  setChatOpen(false);
}
