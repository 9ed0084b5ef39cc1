// Which story the simulated department plays for new appeals: a demo or QA setting, like the case
// scenario, and a per-request header for server tests.
import * as v from 'valibot';
import { APPEAL_SCENARIOS } from '../../domain/appeals/types';
import { json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import { ApiError } from '../http';

export const APPEAL_SCENARIO_HEADER = 'X-Okno-Appeal-Scenario';
const KEY = 'appeal-scenario';
export const AppealScenarioChoiceSchema = v.picklist([...APPEAL_SCENARIOS, 'random']);
type Choice = v.InferOutput<typeof AppealScenarioChoiceSchema>;

export async function requestedAppealScenario(ctx: RequestContext): Promise<Choice> {
  const header = ctx.request.headers.get(APPEAL_SCENARIO_HEADER);
  if (header) {
    const parsed = v.safeParse(AppealScenarioChoiceSchema, header);
    if (!parsed.success) throw new ApiError(400, 'bad_scenario', `Unknown appeal scenario: ${header}`);
    return parsed.output;
  }
  const stored = v.safeParse(AppealScenarioChoiceSchema, (await ctx.db.settings.get(KEY))?.value);
  return stored.success ? stored.output : 'random';
}

export const getAppealScenario: Handler = async (ctx) => json({ scenario: await requestedAppealScenario(ctx) });

export const postAppealScenario: Handler = async (ctx) => {
  const { scenario } = await readJson(ctx.request, v.object({ scenario: AppealScenarioChoiceSchema }));
  await ctx.db.settings.put({ key: KEY, value: scenario });
  return json({ scenario });
};
