// The change feed: when the server says {type: 'changed'}, pull /api/changes?since=cursor and hand each
// change to the feature that mirrors that entity. The cursor lives in «okno», so a reload resumes.
import * as v from 'valibot';
import { createSignal } from 'solid-js';
import { ChangesPageSchema, type Change } from '../domain/changes';
import { apiGet } from './api';
import { readSetting, writeSetting } from './repos/settingsRepo';

const CURSOR_KEY = 'changes.cursor';
const CursorSchema = v.object({ epoch: v.string(), cursor: v.number() });

type Applier = (changes: Change[]) => void | Promise<void>;
const appliers = new Map<string, Set<Applier>>();
const [pulls, setPulls] = createSignal(0);
let started = false;

/** Bumps after every pull that brought changes; views that read the server directly can follow it. */
export function lastPull(): number {
  startChangeFeed();
  return pulls();
}

let pulling: Promise<void> | undefined;
let again = false;

export function onChanges(entity: string, applier: Applier): () => void {
  startChangeFeed();
  const set = appliers.get(entity) ?? new Set();
  set.add(applier);
  appliers.set(entity, set);
  return () => set.delete(applier);
}

async function pullOnce(): Promise<void> {
  let state = await readSetting(CURSOR_KEY, CursorSchema, { epoch: '', cursor: 0 });
  for (;;) {
    let page = await apiGet(`/changes?since=${state.cursor}`, ChangesPageSchema);
    if (page.epoch !== state.epoch && state.cursor > 0) {
      // The server was reset: start from the beginning of its new epoch.
      page = await apiGet('/changes?since=0', ChangesPageSchema);
    }
    await dispatch(page.changes);
    state = { epoch: page.epoch, cursor: page.cursor };
    await writeSetting(CURSOR_KEY, state);
    if (page.changes.length > 0) setPulls((n) => n + 1);
    if (!page.more) return;
  }
}

async function dispatch(changes: Change[]): Promise<void> {
  const byEntity = new Map<string, Change[]>();
  for (const change of changes) byEntity.set(change.entity, [...(byEntity.get(change.entity) ?? []), change]);
  for (const [entity, list] of byEntity) {
    for (const applier of appliers.get(entity) ?? []) await applier(list);
  }
}

/** Pulls now; overlapping calls are merged into one extra pull. Failures wait for the next signal. */
export function pullChanges(): Promise<void> {
  if (pulling) {
    again = true;
    return pulling;
  }
  pulling = pullOnce()
    .catch(() => undefined)
    .finally(() => {
      pulling = undefined;
      if (again) {
        again = false;
        void pullChanges();
      }
    });
  return pulling;
}

/** Starts listening once the first view needs the feed, so the first route does not load the database. */
function startChangeFeed(): void {
  if (started) return;
  started = true;
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'changed') void pullChanges();
  });
  window.addEventListener('online', () => void pullChanges());
  void pullChanges();
}
