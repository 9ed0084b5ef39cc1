// What a genuine document certifies, as label/value pairs in the order of the document (the first one
// stands out); empty values are left out. Certificates and appeal answers show theirs the same way.
import { For } from 'solid-js';

export function VerdictFacts(props: { certified: string; label: string; rows: [string, string | undefined][] }) {
  return (
    <>
      <p>{props.certified}</p>
      <dl aria-label={props.label} class="verdict-facts">
        <For each={props.rows.filter(([, value]) => value)}>
          {([label, value], i) => (
            <>
              <dt>{label}</dt>
              <dd classList={{ strong: i() === 0 }}>{value}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}
