// The appeals part of the route table: the citizen's, the console's and the simulation's.
import type { RouteTable } from '../router';
import * as answer from './answer';
import * as citizen from './citizen';
import * as actions from './citizenActions';
import * as operator from './operator';
import * as scenario from './scenarioSetting';
import * as support from './supportActions';

export const APPEAL_ROUTES: RouteTable = {
  'POST /api/appeals': citizen.postAppeal,
  'GET /api/appeals': citizen.getAppeals,
  'GET /api/appeals/:id': citizen.getAppeal,
  'PUT /api/appeals/:id': actions.putAppeal,
  'POST /api/appeals/:id/materials': actions.postMaterials,
  'POST /api/appeals/:id/repeat': actions.postRepeat,
  'POST /api/appeals/:id/close': actions.postClose,
  'POST /api/appeals/:id/rating': actions.postRating,
  'POST /api/appeals/:id/reopen': support.postReopen,
  'POST /api/appeals/:id/callback': support.postCallback,
  'GET /api/appeals/:id/answer': answer.getAnswer,
  'GET /api/appeals/:id/answer/pdf': answer.getAnswerPdf,
  'POST /api/appeals/answers/verify': answer.postVerifyAnswer,
  'GET /api/operator/appeals': operator.getAppealQueue,
  'GET /api/operator/appeals/:id': operator.getOperatorAppeal,
  'POST /api/operator/appeals/:id/action': operator.postAppealAction,
  'GET /api/_sim/appeal-scenario': scenario.getAppealScenario,
  'POST /api/_sim/appeal-scenario': scenario.postAppealScenario,
};
