// A page's heading and document title, so every route announces where the user is.
import { createEffect, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';

export function Page(props: { title: string; lead?: string; children?: JSX.Element }) {
  createEffect(() => {
    document.title = `${props.title} — ${t().app.name}`;
  });
  return (
    <div class="container">
      <h1>{props.title}</h1>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.children}
    </div>
  );
}
