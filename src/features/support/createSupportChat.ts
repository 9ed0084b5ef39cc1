// The chat's store: the owner's latest conversation from the device (live), and the actions. Every
// action writes to the device first, then tells the server; offline, the bot still answers and the
// messages wait on the device until the next send. Operator replies arrive through the change feed
// («supportChat», and «clock» for the scripted operator's catch-up on read).
import { createMemo, createSignal, onCleanup } from 'solid-js';
import { apiGet, apiPost } from '../../client/api';
import { onChanges } from '../../client/changeFeed';
import { createLiveQuery } from '../../client/createLiveQuery';
import { latestChat, mergeServerChat, readChat, saveChat } from '../../client/repos/supportChatRepo';
import { LOCAL_ACCOUNT } from '../../client/rows';
import { currentAccount } from '../../client/sessionState';
import { answerHelped, answerProblem, lastCategory } from '../../domain/support/botAnswer';
import { ChatViewSchema, type ChatMessage, type ChatView } from '../../domain/support/chat';
import { locale } from '../../i18n/i18n';
import { kbIndex } from './kb';

const newId = () => crypto.randomUUID();

export function createSupportChat() {
  const owner = () => currentAccount()?.id ?? LOCAL_ACCOUNT;
  const live = createLiveQuery(() => latestChat(owner()));
  const [failed, setFailed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const chat = createMemo(() => live.value()?.data);

  /** Saves the chat on the device, then sends the citizen's and the bot's messages (the server skips ids it has). */
  async function push(view: ChatView): Promise<void> {
    await saveChat(owner(), view, true);
    try {
      const server = await apiPost(
        `/support/chats/${view.id}/messages`,
        { chatId: view.id, locale: locale(), messages: view.messages.filter((m) => m.from === 'citizen' || m.from === 'bot') },
        ChatViewSchema,
      );
      await mergeServerChat(owner(), server);
      setFailed(false);
    } catch {
      // Kept on the device; the next action sends it again.
      setFailed(true);
    }
  }

  function base(): ChatView {
    const current = chat();
    if (current && current.status !== 'closed') return current;
    const now = Date.now();
    return { id: newId(), status: 'bot', locale: locale(), createdAt: now, updatedAt: now, messages: [] };
  }

  async function appendAndSend(next: ChatMessage[]): Promise<void> {
    const view = base();
    const updated = { ...view, messages: [...view.messages, ...next], updatedAt: Date.now() };
    await push(updated);
  }

  async function refresh(id: string): Promise<void> {
    const local = await readChat(id);
    if (!local) return;
    try {
      const server = await apiGet(`/support/chats/${id}`, ChatViewSchema);
      await mergeServerChat(local.owner, server);
    } catch {
      // Not on the server yet (sent offline) or no network: the device's copy stays.
    }
  }

  const stopChats = onChanges('supportChat', async (changes) => {
    for (const change of changes) await refresh(change.id);
  });
  // A clock jump may make the scripted operator's answer due: read the open chat again.
  const stopClock = onChanges('clock', async () => {
    const current = chat();
    if (current && (current.status === 'queued' || current.status === 'taken')) await refresh(current.id);
  });
  // The change feed is per account; a guest (say, locked out of the account) has none, so a guest's
  // open chat re-reads itself when the server announces a change (an event, not a polling timer).
  const onServerChange = (event: MessageEvent<{ type?: string }>) => {
    const current = chat();
    if (event.data?.type === 'changed' && !currentAccount() && current && current.status !== 'bot') void refresh(current.id);
  };
  navigator.serviceWorker?.addEventListener('message', onServerChange);
  onCleanup(() => {
    stopChats();
    stopClock();
    navigator.serviceWorker?.removeEventListener('message', onServerChange);
  });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return {
    chat,
    failed,
    busy,
    loading: live.loading,
    refreshOpen: () => {
      const current = chat();
      if (current) void refresh(current.id);
    },
    send: (text: string) =>
      run(async () => {
        const at = Date.now();
        const citizen: ChatMessage = { id: newId(), at, from: 'citizen', text };
        await appendAndSend([citizen, ...answerProblem(text, kbIndex(), at, newId)]);
      }),
    helped: (yes: boolean) =>
      run(async () => {
        await appendAndSend(answerHelped(yes, chat()?.messages ?? [], kbIndex(), Date.now(), newId));
      }),
    handOver: () =>
      run(async () => {
        const current = chat();
        if (!current) return;
        try {
          if (live.value()?.unsent) await push(current);
          const server = await apiPost(`/support/chats/${current.id}/handover`, { category: lastCategory(current.messages) }, ChatViewSchema);
          await mergeServerChat(owner(), server);
          setFailed(false);
        } catch {
          setFailed(true);
        }
      }),
    rate: (stars: number, comment: string) =>
      run(async () => {
        const current = chat();
        if (!current) return;
        try {
          const server = await apiPost(`/support/chats/${current.id}/rating`, { stars, comment }, ChatViewSchema);
          await mergeServerChat(owner(), server);
          setFailed(false);
        } catch {
          setFailed(true);
        }
      }),
    /** Leaves a finished conversation behind and starts with a clean log. */
    startNew: () =>
      run(async () => {
        const now = Date.now();
        await saveChat(owner(), { id: newId(), status: 'bot', locale: locale(), createdAt: now, updatedAt: now, messages: [] }, false);
      }),
  };
}
