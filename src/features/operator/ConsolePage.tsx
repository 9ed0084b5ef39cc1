// The frame of every console page below /operator: title, lead and the way back, and the page's own
// content only once this tab holds the operator PIN; without it, the way to sign in.
import { Link } from '../../ui/Link';
import { Show, type JSX } from 'solid-js';
import { Page } from '../../ui/Page';
import { readPin } from './operatorApi';

export interface ConsoleTexts {
  title: string;
  lead: string;
  back: string;
  needPin: string;
  signInLink: string;
}

export function ConsolePage(props: { texts: ConsoleTexts; children: (pin: string) => JSX.Element }) {
  const pin = readPin();
  return (
    <Page title={props.texts.title} lead={props.texts.lead}>
      <p>
        <Link to="/operator">{props.texts.back}</Link>
      </p>
      <Show
        when={pin}
        fallback={
          <p>
            {props.texts.needPin} <Link to="/operator">{props.texts.signInLink}</Link>
          </p>
        }
      >
        {(value) => props.children(value())}
      </Show>
    </Page>
  );
}
