// A QR code as an SVG path: sharp at any size, printable, and named for screen readers by its label.
import { encode } from 'uqr';
import { createMemo } from 'solid-js';

const QUIET = 4;

export function QrCode(props: { text: string; label: string }) {
  const drawn = createMemo(() => {
    const { data } = encode(props.text, { ecc: 'M', border: 0 });
    const path = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x + QUIET} ${y + QUIET}h1v1h-1z`] : []))).join('');
    return { path, size: data.length + 2 * QUIET };
  });
  return (
    <svg role="img" aria-label={props.label} viewBox={`0 0 ${drawn().size} ${drawn().size}`} shape-rendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={drawn().path} fill="#000" />
    </svg>
  );
}
