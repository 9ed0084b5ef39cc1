// A horizontal bar chart in SVG with a title and description for screen readers, always followed by
// the same numbers as a table: the chart is a picture of the table, never the only way to read it.
import { For } from 'solid-js';

export function BarChart(props: {
  id: string;
  title: string;
  rows: { label: string; value: number; /** A shorter label for the chart, when the full one does not fit. */ chartLabel?: string }[];
  valueLabel: string;
  headLabel: string;
}) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.value));
  const ROW = 26;
  return (
    <figure>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${props.id}-title`}
        width="100%"
        height={props.rows.length * ROW}
        viewBox={`0 0 400 ${props.rows.length * ROW}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <For each={props.rows}>
          {(row, i) => (
            <g>
              <text class="chart-label" x="0" y={i() * ROW + 16}>
                {row.chartLabel ?? row.label}
              </text>
              <rect class="chart-bar" x="170" y={i() * ROW + 4} height="16" width={(row.value / max()) * 190} />
              <text class="chart-label" x={176 + (row.value / max()) * 190} y={i() * ROW + 16}>
                {row.value}
              </text>
            </g>
          )}
        </For>
      </svg>
      <table class="appeals-table">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.headLabel}</th>
            <th scope="col">{props.valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}
