// «Заполнить демо-данными»: one press makes a demo citizen with a lived-in account and shows how to
// sign in as them. The result sits in a status region that is always in the page, so it is announced.
import { Link } from '../../ui/Link';
import { createSignal, Match, Switch } from 'solid-js';
import { formatPhone } from '../../domain/identifiers';
import { fill } from '../../i18n/i18n';
import { errorText } from '../../ui/errorText';
import { seedDemoData, type SeedResult } from './demoDataApi';
import { demoDataTexts } from '../../i18n/lazy/demoData';

type Outcome = { kind: 'busy' } | { kind: 'done'; result: SeedResult } | { kind: 'failed'; text: string };

/** +79035550142 → «+7 903 555-01-42», as people write it. */
export function DemoDataPanel() {
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const busy = () => outcome()?.kind === 'busy';
  const done = () => {
    const o = outcome();
    return o?.kind === 'done' ? o.result : undefined;
  };
  const failed = () => {
    const o = outcome();
    return o?.kind === 'failed' ? o.text : undefined;
  };

  const run = async () => {
    // Not `disabled`: a disabled button drops keyboard focus to the page's start while seeding.
    if (busy()) return;
    setOutcome({ kind: 'busy' });
    try {
      setOutcome({ kind: 'done', result: await seedDemoData() });
    } catch (error) {
      setOutcome({ kind: 'failed', text: errorText(error) });
    }
  };

  return (
    <section class="card" aria-labelledby="demo-data-title">
      <h2 id="demo-data-title">{demoDataTexts().demoData.title}</h2>
      <p>{demoDataTexts().demoData.text}</p>
      <button type="button" class="button" aria-disabled={busy()} onClick={() => void run()}>
        {demoDataTexts().demoData.fill}
      </button>
      <div role="status" data-testid="demo-data-status">
        <Switch>
          <Match when={busy()}>
            <p class="notice">{demoDataTexts().demoData.filling}</p>
          </Match>
          <Match when={failed()}>{(text) => <p class="notice error">{text()}</p>}</Match>
          <Match when={done()}>
            {(result) => (
              <div class="notice success">
                <p>{fill(result().created ? demoDataTexts().demoData.created : demoDataTexts().demoData.existing, { cases: result().cases })}</p>
                <h3>{demoDataTexts().demoData.credentials}</h3>
                <dl class="facts">
                  <dt>{demoDataTexts().demoData.phone}</dt>
                  <dd data-testid="demo-phone">{formatPhone(result().phone)}</dd>
                  <dt>{demoDataTexts().demoData.email}</dt>
                  <dd data-testid="demo-email">{result().email}</dd>
                  <dt>{demoDataTexts().demoData.password}</dt>
                  <dd data-testid="demo-password">{result().password}</dd>
                </dl>
                <Link to="/login" class="button secondary">
                  {demoDataTexts().demoData.signIn}
                </Link>
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </section>
  );
}
