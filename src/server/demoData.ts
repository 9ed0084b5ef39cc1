// The demo citizen behind «Заполнить демо-данными»: an invented person with a complete profile and a
// dozen applications. Each application's submission moment is searched for with the lifecycle engine, so
// that settled at the moment of seeding the cases show every status whatever day the clock shows (a
// weekend, the New Year holidays). Pure: no database; the handler (handlers/demoSeed.ts) stores the rows.
import * as v from 'valibot';
import type { ResultWay } from '../domain/catalog/kinds';
import { formSchema } from '../domain/catalog/formSchema';
import { SERVICES } from '../domain/catalog/services';
import { certificateValidity } from '../domain/certificate';
import { formatRuDate } from '../domain/identifiers';
import { pickScenario } from '../domain/lifecycle/pickScenario';
import type { CaseEvent, CaseState } from '../domain/lifecycle/types';
import type { ProfileInput } from '../domain/profile';
import { referenceNumber } from '../domain/referenceNumber';
import type { Scenario } from '../domain/scenario';
import { seededRandom } from '../domain/seededRandom';
import { stateOf } from './lifecycle';
import type { CaseRow } from './rows';

/** Documented in README.md («Демо-данные»); the e2e spec signs in with what the panel shows. */
export const DEMO_CITIZEN = { phone: '+79035550142', email: 'olga.smirnova@example.ru', password: 'Okno#Demo2026' } as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const PERSON = { surname: 'Смирнова', name: 'Ольга', patronymic: 'Викторовна', birthDate: '14.07.1986' };
const PASSPORT = {
  series: '4509',
  number: '284613',
  issueDate: '22.07.2006',
  issuedBy: 'Отделением по району Марьино ОУФМС России по гор. Москве в ЮВАО',
  divisionCode: '770-095',
};
const SNILS = '134-562-871 67';
const INN = '772391845096';
const HOME = { region: 'Москва', city: 'Москва', street: 'улица Братиславская', house: '14', apartment: '87', postalIndex: '109451' };
const NEW_HOME = {
  region: 'Московская область',
  city: 'Красногорск',
  street: 'улица Успенская',
  house: '5',
  apartment: '112',
  postalIndex: '143401',
};

/** «Мои данные» as the citizen would type them; the handler checks them with the profile schema. */
export function demoProfileInput(): ProfileInput {
  return {
    ...PERSON,
    gender: 'female',
    passport: PASSPORT,
    snils: SNILS,
    inn: INN,
    phone: DEMO_CITIZEN.phone,
    email: DEMO_CITIZEN.email,
    registrationAddress: { country: 'Россия', ...HOME },
    actualAddress: { country: 'Россия', ...NEW_HOME },
  };
}

type Answers = Record<string, string | boolean>;
const contacts = { phone: DEMO_CITIZEN.phone, email: DEMO_CITIZEN.email };
const shortPassport = { passportSeries: PASSPORT.series, passportNumber: PASSPORT.number };
const fullPassport = {
  ...shortPassport,
  passportIssueDate: PASSPORT.issueDate,
  passportIssuedBy: PASSPORT.issuedBy,
  passportDivisionCode: PASSPORT.divisionCode,
};
const prefixed = (prefix: string, address: Record<string, string>) =>
  Object.fromEntries(Object.entries(address).map(([key, value]) => [prefix + key[0]!.toUpperCase() + key.slice(1), value]));
const ruDate = (at: number) => formatRuDate(new Date(at + 3 * HOUR).toISOString().slice(0, 10))!;

const residence = (variant: string, purpose: string, at: number): Answers => ({
  variant,
  purpose,
  ...(variant === 'residence_period' ? { periodFrom: '01.09.2015', periodTo: ruDate(at) } : {}),
  ...PERSON,
  ...shortPassport,
  inn: INN,
  ...HOME,
  isOwner: 'yes',
  ...contacts,
});
const criminalRecord = (purpose: string, formerName: boolean): Answers => ({
  purpose,
  ...PERSON,
  birthPlace: 'г. Москва',
  snils: SNILS,
  hadOtherName: formerName ? 'yes' : 'no',
  ...(formerName ? { formerNames: 'Волкова Ольга Викторовна, до 2012 года' } : {}),
  ...HOME,
  ...contacts,
});
const registration = (at: number): Answers => ({
  ...NEW_HOME,
  arrivalDate: ruDate(at - 5 * DAY),
  isOwner: 'yes',
  ...PERSON,
  ...fullPassport,
  ...prefixed('prev', HOME),
  ...contacts,
});

/** What a case must look like at the moment of seeding. */
type Target = (state: CaseState, now: number) => boolean;
const status =
  (wanted: CaseState['status']): Target =>
  (state) =>
    state.status === wanted;
const noted =
  (wanted: CaseState['status'], note: string): Target =>
  (state) =>
    state.status === wanted && state.timeline.some((e) => e.note === note);

export interface DemoCasePlan {
  serviceId: string;
  resultWay: ResultWay;
  scenario: Scenario;
  /** How long ago it may have been sent: the search tries from `from` to `to` in steps of `step` (ms). */
  from: number;
  to: number;
  step: number;
  target: Target;
  answers: (submittedAt: number) => Answers;
  /** What the citizen did on the case (a withdrawal), timed from its submission. */
  events?: (submittedAt: number) => CaseEvent[];
}

export const DEMO_CASE_PLANS: DemoCasePlan[] = [
  // A re-application a few minutes ago, now naming the maiden name the first one left out (see the rejection below).
  {
    serviceId: 'criminal-record-certificate',
    resultWay: 'electronic',
    scenario: 'happy',
    from: 2 * MINUTE,
    to: 9 * MINUTE,
    step: MINUTE,
    target: status('sent'),
    answers: () => criminalRecord('work', true),
  },
  {
    serviceId: 'criminal-record-certificate',
    resultWay: 'electronic',
    scenario: 'rejected:data_mismatch',
    from: 25 * DAY,
    to: 55 * DAY,
    step: 3 * HOUR,
    target: status('rejected'),
    answers: () => criminalRecord('work', false),
  },
  {
    serviceId: 'missing-service',
    resultWay: 'electronic',
    scenario: 'happy',
    from: 15 * MINUTE,
    to: 14 * DAY,
    step: 10 * MINUTE,
    target: status('accepted'),
    answers: () => ({
      serviceTitle: 'Запись в районную библиотеку',
      description: 'Хотелось бы записываться в библиотеку и продлевать книги онлайн, без визита.',
      currentAgency: 'Департамент культуры города Москвы',
      contactEmail: DEMO_CITIZEN.email,
    }),
  },
  {
    serviceId: 'school-enrolment',
    resultWay: 'electronic',
    scenario: 'happy',
    from: 3 * DAY,
    to: 30 * DAY,
    step: 2 * HOUR,
    target: status('in_processing'),
    answers: () => ({
      childSurname: 'Смирнова',
      childName: 'Полина',
      childPatronymic: 'Андреевна',
      childBirthDate: '21.03.2019',
      childBirthCertificate: 'IV-МЮ 612384',
      ...prefixed('child', HOME),
      schoolName: 'ГБОУ «Школа № 1358»',
      basis: 'territory',
      adaptedProgram: 'no',
      ...PERSON,
      relation: 'parent',
      ...shortPassport,
      ...contacts,
    }),
  },
  {
    // A slow department: the term is extended and the benefit is still being decided.
    serviceId: 'child-benefit',
    resultWay: 'electronic',
    scenario: 'slow',
    from: 44 * DAY,
    to: 60 * DAY,
    step: 3 * HOUR,
    target: noted('in_processing', 'term_extended'),
    answers: () => ({
      ...PERSON,
      snils: SNILS,
      ...shortPassport,
      applyingFor: 'children',
      relation: 'parent',
      childrenCount: '2',
      childSurname: 'Смирнов',
      childName: 'Артём',
      childPatronymic: 'Андреевич',
      childBirthDate: '11.05.2023',
      childSnils: '171-245-839 62',
      maritalStatus: 'yes',
      spouseName: 'Смирнов Андрей Игоревич',
      spouseSnils: '148-903-256 84',
      hasOtherIncome: 'no',
      accountNumber: '40817810938160925417',
      bik: '044525225',
      ...contacts,
    }),
  },
  {
    serviceId: 'stay-registration',
    resultWay: 'electronic',
    scenario: 'documents_requested',
    from: DAY,
    to: 14 * DAY,
    step: HOUR,
    target: (state, now) => state.status === 'documents_requested' && state.request!.deadline - now > 12 * HOUR,
    answers: (at) => ({
      ...NEW_HOME,
      stayFrom: ruDate(at + DAY),
      stayTo: ruDate(at + 365 * DAY),
      isOwner: 'no',
      ownerName: 'Кузнецова Галина Петровна',
      ownerConsent: true,
      ...PERSON,
      ...fullPassport,
      ...contacts,
    }),
  },
  {
    serviceId: 'residence-certificate',
    resultWay: 'electronic',
    scenario: 'happy',
    from: 7 * DAY,
    to: 30 * DAY,
    step: 2 * HOUR,
    target: (s, now) => s.status === 'ready' && s.validUntil! > now,
    answers: () => residence('registration_fact', 'bank', 0),
  },
  {
    serviceId: 'residence-registration',
    resultWay: 'office',
    scenario: 'happy',
    from: 5 * DAY,
    to: 40 * DAY,
    step: 2 * HOUR,
    target: (s, now) => s.status === 'ready' && s.pickupDeadline! > now,
    answers: registration,
  },
  {
    serviceId: 'residence-registration',
    resultWay: 'electronic',
    scenario: 'rejected:address_not_in_registry',
    from: 40 * DAY,
    to: 60 * DAY,
    step: 3 * HOUR,
    target: status('rejected'),
    answers: registration,
  },
  {
    serviceId: 'residence-certificate',
    resultWay: 'post',
    scenario: 'happy',
    from: 4 * DAY,
    to: 30 * DAY,
    step: 2 * HOUR,
    target: (s) => s.status === 'ready' && s.tracking.at(-1)?.stage === 'in_transit',
    answers: () => residence('residence', 'visa', 0),
  },
  {
    serviceId: 'residence-certificate',
    resultWay: 'post',
    scenario: 'happy',
    from: 30 * DAY,
    to: 60 * DAY,
    step: 3 * HOUR,
    target: status('issued'),
    answers: (at) => residence('residence_period', 'education', at),
  },
  // Ready at the MFC, never collected: after the keeping period it went back to the archive (issue 19.4).
  {
    serviceId: 'residence-certificate',
    resultWay: 'office',
    scenario: 'happy',
    from: 45 * DAY,
    to: 90 * DAY,
    step: 3 * HOUR,
    target: status('returned'),
    answers: () => residence('registration_fact', 'bank', 0),
  },
  // The department's systems failed at first and recovered; the statement came out afterwards.
  // Sent for a visa that fell through, and withdrawn two hours later, before anyone examined it.
  {
    serviceId: 'criminal-record-certificate',
    resultWay: 'electronic',
    scenario: 'manual',
    from: 2 * DAY,
    to: 20 * DAY,
    step: 2 * HOUR,
    target: status('withdrawn'),
    answers: () => criminalRecord('work', true),
    events: (at) => [{ type: 'withdraw', at: at + 2 * HOUR }],
  },
  {
    serviceId: 'pension-statement',
    resultWay: 'electronic',
    scenario: 'technical_failure',
    from: 3 * DAY,
    to: 30 * DAY,
    step: 2 * HOUR,
    target: noted('ready', 'recovered'),
    answers: () => ({ ...PERSON, snils: SNILS }),
  },
];

/** Seeds tried in turn for a plan before its first window position is taken as it is. */
const SEED_TRIES = 3;

function search(plan: DemoCasePlan, now: number, draft: (seed: string, at: number) => CaseRow): CaseRow | null {
  const index = DEMO_CASE_PLANS.indexOf(plan);
  // A different start per plan, so the cases were not all sent at the same time of day; the plans
  // searched minute by minute (sent, accepted) need the moments closest to now and start there.
  const start = plan.from + (plan.step >= HOUR ? (index * 137 * MINUTE) % (6 * HOUR) : 0);
  for (let attempt = 0; attempt < SEED_TRIES; attempt++) {
    for (let ago = start; ago <= plan.to; ago += plan.step) {
      const row = draft(`demo:${index}:${attempt}`, now - ago);
      if (plan.target(stateOf(row, now), now)) return row;
    }
  }
  return null;
}

/**
 * The demo cases for an account at `now`, not yet settled (status 'sent', `next` = submission), as the
 * handler stores them. Answers are normalised by each service's form schema; a plan whose answers fail
 * it is a bug and throws. A plan whose target is found nowhere keeps its first window position.
 */
export function planDemoCases(now: number, accountId: string): CaseRow[] {
  return DEMO_CASE_PLANS.map((plan, index) => {
    const service = SERVICES.find((s) => s.id === plan.serviceId);
    if (!service) throw new Error(`Demo data names an unknown service ${plan.serviceId}`);
    // The search compares states only, which the answers do not change, so they are checked once at the end.
    const draft = (seed: string, submittedAt: number): CaseRow => {
      const at = Math.floor(submittedAt / MINUTE) * MINUTE;
      const answers = plan.answers(at);
      return {
        id: `${accountId}d${index}`,
        accountId,
        draftId: `demo:${accountId}:${index}`,
        number: referenceNumber(new Date(at).getUTCFullYear(), seededRandom(`number:${seed}`)),
        serviceId: service.id,
        answers,
        resultWay: plan.resultWay,
        ...pickScenario(plan.scenario, seed),
        seed,
        validityMonths: certificateValidity({ region: String(answers['region'] ?? '') }),
        events: plan.events?.(at) ?? [],
        status: 'sent',
        submittedAt: at,
        updatedAt: at,
        timeline: [{ at, status: 'sent' }],
        next: at,
      };
    };
    const chosen = search(plan, now, draft) ?? draft(`demo:${index}:0`, now - plan.from);
    return { ...chosen, answers: v.parse(formSchema(service.steps, chosen.answers), chosen.answers) as Answers };
  });
}
