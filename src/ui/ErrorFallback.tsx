// What the user sees when a page fails: a plain explanation, a retry, and the assurance that their
// data is safe (it is in IndexedDB, written before anything else happens). A page whose code could not
// be loaded (offline before the first visit's download of the app has ended, or a dropped line) says so,
// and its retry reloads: the browser keeps a failed module import for the page's whole life.
import { isModuleNotFoundError } from '@tanstack/router-core';
import { Link } from './Link';
import { onMount } from 'solid-js';
import { t } from '../i18n/i18n';
import { WhatToDoLink } from './WhatToDoLink';

export function ErrorFallback(props: { error: unknown; reset: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const details = () => (props.error instanceof Error ? props.error.message : String(props.error));
  // The router's own test: Chromium, Firefox and Safari word the failure differently.
  const notLoaded = () => isModuleNotFoundError(props.error);
  const text = () => {
    const texts = t().errorBoundary;
    if (!notLoaded()) return texts.text;
    return navigator.onLine ? texts.notLoadedText : texts.notLoadedOffline;
  };
  return (
    <div class="container" role="alert" data-error-screen="">
      <h1 tabindex="-1" ref={heading}>
        {notLoaded() ? t().errorBoundary.notLoadedTitle : t().errorBoundary.title}
      </h1>
      <p class="lead">{text()}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => (notLoaded() ? location.reload() : props.reset())}>
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
