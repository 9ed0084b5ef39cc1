// The contract of the /api/_sim control surface for demo stands and QA: clock, faults, scenario, worlds,
// inbox, journal, reset. Tagged «sim»: not part of what a real department would offer.
import * as v from 'valibot';
import { InboxMessageSchema } from '../../domain/account';
import {
  FaultMatrixViewSchema,
  JournalEntrySchema,
  ResetDoneSchema,
  ScenarioSettingsSchema,
  SeedResultSchema,
  WorldSchema,
} from '../../domain/answers/sim';
import { ClockCommandSchema, ClockViewSchema } from '../../domain/clock';
import { FaultMatrixSchema } from '../../domain/faultMatrix';
import { FaultsPatchSchema, FaultsSchema } from '../../domain/faults';
import { ScenarioSchema } from '../../domain/scenario';
import { QuerySchema as InboxQuerySchema } from '../handlers/inbox';
import { JournalQuerySchema } from '../handlers/qa';
import { WORLD_NAMES } from '../handlers/worlds';
import { entry } from './entry';
import type { Contract } from './types';

export const SIM_ROUTES: Contract = {
  'GET /api/_sim/clock': entry('sim', 'anyone', 'The simulated clock', 'Имитируемые часы', { ok: { status: 200, schema: ClockViewSchema } }),
  'POST /api/_sim/clock': entry('sim', 'anyone', 'Set, advance or speed up the clock', 'Установить, сдвинуть, ускорить часы', {
    body: ClockCommandSchema,
    ok: { status: 200, schema: ClockViewSchema },
    example: { body: { advanceMs: 86_400_000 } },
  }),
  'GET /api/_sim/faults': entry('sim', 'anyone', 'Global faults: latency, error rate, outage', 'Общие сбои: задержка, доля ошибок, отказ', {
    ok: { status: 200, schema: FaultsSchema },
  }),
  'POST /api/_sim/faults': entry('sim', 'anyone', 'Change the global faults', 'Изменить общие сбои', {
    body: FaultsPatchSchema,
    ok: { status: 200, schema: FaultsSchema },
    example: { body: { latencyMs: 0, errorRate: 0, outage: false } },
  }),
  'GET /api/_sim/faults/matrix': entry(
    'sim',
    'anyone',
    'The fault matrix per route and its draw count',
    'Матрица сбоев по маршрутам и число розыгрышей',
    { ok: { status: 200, schema: FaultMatrixViewSchema } },
  ),
  'PUT /api/_sim/faults/matrix': entry('sim', 'anyone', 'Replace the fault matrix (seeded)', 'Заменить матрицу сбоев (с зерном)', {
    body: FaultMatrixSchema,
    ok: { status: 200, schema: FaultMatrixViewSchema },
    example: { body: { seed: 'qa-7', rules: [] } },
  }),
  'GET /api/_sim/journal': entry('sim', 'operator', 'The requests the backend handled', 'Запросы, которые обработал сервер', {
    query: JournalQuerySchema,
    ok: { status: 200, schema: v.array(JournalEntrySchema) },
    errors: ['operator_session_required'],
    example: { query: { limit: '20' } },
  }),
  'POST /api/_sim/worlds/:name': entry(
    'sim',
    'anyone',
    `Build a named world (${WORLD_NAMES.join(', ')})`,
    `Создать готовый мир (${WORLD_NAMES.join(', ')})`,
    {
      ok: { status: 201, schema: WorldSchema },
      errors: ['unknown_world', 'world_failed', 'worlds_unavailable'],
      example: { params: { name: 'fresh-citizen' }, body: {} },
    },
  ),
  'GET /api/_sim/scenario': entry('sim', 'anyone', 'The default scenario of new cases and its seed', 'Сценарий новых заявлений и его зерно', {
    ok: { status: 200, schema: ScenarioSettingsSchema },
  }),
  'POST /api/_sim/scenario': entry('sim', 'anyone', 'Set the default scenario or seed', 'Задать сценарий или зерно', {
    body: v.object({ scenario: v.optional(ScenarioSchema), seed: v.optional(v.pipe(v.string(), v.maxLength(40))) }),
    ok: { status: 200, schema: ScenarioSettingsSchema },
    example: { body: { scenario: 'happy' } },
  }),
  'POST /api/_sim/reset': entry('sim', 'anyone', 'Wipe the simulated departments', 'Очистить имитацию ведомств', {
    ok: { status: 200, schema: ResetDoneSchema },
    example: { body: {} },
  }),
  'POST /api/_sim/seed': entry('sim', 'anyone', 'Create the demo citizen with a lived-in history', 'Создать демо-гражданина с историей', {
    ok: { status: 201, schema: SeedResultSchema },
    example: { body: {} },
  }),
  'GET /api/_sim/inbox': entry('sim', 'operator', 'Every simulated SMS and e-mail (to=phone or address)', 'Все SMS и письма (to=телефон или адрес)', {
    query: InboxQuerySchema,
    ok: { status: 200, schema: v.array(InboxMessageSchema) },
    errors: ['operator_session_required'],
    example: { query: { to: '+79123456789' } },
  }),
};
