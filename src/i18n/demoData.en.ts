// English texts of the demo page's «Демо-данные» and «Сценарий новых заявлений» panels.
import type { demoDataRu } from './demoData.ru';
import type { Widen } from './ru';

export const demoDataEn: Widen<typeof demoDataRu> = {
  demoData: {
    title: 'Demo data',
    text:
      'Creates a demo citizen: a confirmed account, complete “My details” and a dozen applications from the last ' +
      '60 days — in every status, with notifications, SMS and e-mails. Pressing again duplicates nothing.',
    fill: 'Fill with demo data',
    filling: 'Filling… This takes a couple of seconds.',
    created: 'The demo citizen is created. Applications: {cases}.',
    existing: 'The demo citizen already exists; no new one was created. Applications: {cases}. If the password was changed, reset it by SMS.',
    credentials: 'Sign-in details',
    phone: 'Phone',
    email: 'E-mail',
    password: 'Password',
    signIn: 'Sign in',
    scenarioTitle: 'Scenario for new applications',
    scenarioText:
      'How the simulated department treats applications sent after saving. Applications already sent keep their ' +
      'scenario. An X-Okno-Scenario header on a request overrides this setting.',
    scenario: 'Scenario',
    seed: 'Random seed',
    seedHint: '1 to 40 characters. The same seed and the same actions replay the same story exactly.',
    seedError: 'Enter a seed of 1 to 40 characters.',
    save: 'Save scenario',
    saved: 'Saved: “{scenario}”, seed “{seed}”.',
    allScenarios: 'What each scenario means',
    scenarios: {
      random: 'Random',
      happy: 'No delays',
      documents_requested: 'Documents requested',
      slow: 'Slow department',
      technical_failure: 'Technical failure',
      manual: 'Manual, from the operator console',
    },
    scenarioHints: {
      random: 'Each application draws its scenario from the seed: mostly all goes well, sometimes documents are requested, it is late or refused.',
      happy: 'Accepted, processed and ready within the service’s term.',
      documents_requested: 'After a working day the department asks for one more document; the citizen has 3 working days, or it is refused.',
      slow: 'The department extends the term and is later than promised.',
      technical_failure: 'Receiving fails at first; the next working day the system recovers and the application goes on.',
      manual: 'The application waits for the operator: accept, request documents, refuse or issue in the operator console.',
    },
    rejected: 'Refusal: {reason}',
    rejectedHint: 'After checking, the department refuses with the reason “{reason}”.',
  },
  identityScenario: {
    title: 'Identity check by scan',
    text: 'How the department answers new passport scans with a selfie. A scan already sent keeps its scenario.',
    label: 'Department’s answer',
    options: {
      approve: 'Confirm after an hour',
      manual: 'Wait for a clerk in the operator console',
      'refused:data_mismatch': 'Refuse after an hour: the data do not match',
      'refused:bad_quality': 'Refuse after an hour: poor scan quality',
    },
    save: 'Save',
    saved: 'New scans: {choice}.',
  },
};
