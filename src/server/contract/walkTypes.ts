// The walk's shapes and constants, apart from walk.ts so that each area's steps can import them
// without an import cycle. Test-only.
import type { TestServer } from '../testServer';

export interface WalkStep {
  route: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  form?: FormData;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  as?: 'citizen' | 'operator' | 'nobody';
  /** Keeps what a later step needs from a successful answer. */
  keep?: (answer: Record<string, unknown>) => void;
}

/** A step, or a function that prepares the world (through real requests) and then names the step. */
export type PlannedStep = WalkStep | (() => WalkStep | Promise<WalkStep>);

export interface World {
  server: TestServer;
  ids: Record<string, string>;
  auth: Record<string, string>;
  staff: Record<string, string>;
}

/** The walking citizen's phone (testServer's registerCitizen). */
export const PHONE = '+79123456789';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What every area's steps use: the world, the ids its answers filled in, and real requests to prepare. */
export interface WalkKit {
  world: World;
  ids: Record<string, string>;
  /** The test's starting time (the clock moves on from it). */
  start: number;
  keep: (name: string, field?: string) => (answer: Record<string, unknown>) => void;
  /** A real request as the citizen (or with the given headers). */
  post: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: T }>;
  get: <T = Record<string, unknown>>(path: string, headers?: Record<string, string>) => Promise<{ status: number; body: T }>;
  /** The newest code sent to a phone or e-mail. */
  code: (to: string) => Promise<string>;
  /** The simulated now, as the server tells it. */
  now: () => Promise<number>;
  /** Moves the simulated clock, citizens' sessions kept (a staff session runs on real time, so it stays open). */
  jump: (ms: number) => Promise<void>;
  form: (fields: Record<string, string | File>) => FormData;
}
