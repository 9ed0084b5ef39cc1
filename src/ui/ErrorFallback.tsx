// What the user sees when a page fails: a plain explanation, a retry, and the assurance that their
// data is safe (it is in IndexedDB, written before anything else happens).
import { Link } from './Link';
import { onMount } from 'solid-js';
import { t } from '../i18n/i18n';
import { WhatToDoLink } from './WhatToDoLink';

export function ErrorFallback(props: { error: unknown; reset: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const details = () => (props.error instanceof Error ? props.error.message : String(props.error));
  return (
    <div class="container" role="alert" data-error-screen="">
      <h1 tabindex="-1" ref={heading}>
        {t().errorBoundary.title}
      </h1>
      <p class="lead">{t().errorBoundary.text}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.reset()}>
          {t().errorBoundary.retry}
        </button>
        <Link to="/" class="button secondary">
          {t().errorBoundary.home}
        </Link>
        <WhatToDoLink article="selfhelp-error-screen" />
      </div>
      <details>
        <summary>{t().errorBoundary.details}</summary>
        <pre>{details()}</pre>
      </details>
    </div>
  );
}
