// Database «okno-server»: all state of the simulated department systems. The service worker may be
// stopped at any moment, so nothing the server knows lives in memory between requests.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Change } from '../domain/changes';

export const SERVER_DB_NAME = 'okno-server';

export interface SettingRow {
  key: string;
  value: unknown;
}

export class ServerDb extends Dexie {
  settings!: Table<SettingRow, string>;
  changes!: Table<Change, number>;

  constructor(name = SERVER_DB_NAME, options?: DexieOptions) {
    super(name, options);
    // v1: simulation settings (clock, faults, scenario, epoch) and the change log read by /api/changes.
    this.version(1).stores({
      settings: 'key',
      changes: '++seq',
    });
  }
}
