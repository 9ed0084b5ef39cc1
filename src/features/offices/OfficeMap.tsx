// The offline plan of a city: an SVG the app draws from the offices' positions (kilometres from the
// centre), no tiles and no map library — it works offline from the first visit, weighs nothing, and the
// office list beside it says the same in text. Wheel, drag, arrow keys and «+»/«−» move and zoom it;
// a click on the plan marks the point the radius filter measures from; a marker opens the office card.
import { createSignal, For, Show } from 'solid-js';
import { cityOf } from '../../domain/offices/cities';
import type { CityId, Office } from '../../domain/offices/officeSchema';
import { fill, locale } from '../../i18n/i18n';
import { officesTexts } from '../../i18n/lazy/offices';

const KM_PER_DEG = 111.32;
const BASE_SPAN_KM = 24;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 8;
const PAN_STEP = 0.15;

export function project(city: CityId, at: { lat: number; lon: number }) {
  const centre = cityOf(city).centre;
  return { x: (at.lon - centre.lon) * KM_PER_DEG * Math.cos((centre.lat * Math.PI) / 180), y: -(at.lat - centre.lat) * KM_PER_DEG };
}

function unproject(city: CityId, x: number, y: number) {
  const centre = cityOf(city).centre;
  return { lat: centre.lat - y / KM_PER_DEG, lon: centre.lon + x / (KM_PER_DEG * Math.cos((centre.lat * Math.PI) / 180)) };
}

export interface OfficeMapProps {
  city: CityId;
  offices: readonly Office[];
  selected?: string;
  point?: { lat: number; lon: number };
  radiusKm?: number;
  onSelect: (id: string) => void;
  onPoint: (at: { lat: number; lon: number }) => void;
}

export function OfficeMap(props: OfficeMapProps) {
  const [zoom, setZoom] = createSignal(1);
  const [centre, setCentre] = createSignal({ x: 0, y: 0 });
  let svg: SVGSVGElement | undefined;
  let drag: { x: number; y: number; cx: number; cy: number; moved: boolean } | undefined;
  const span = () => BASE_SPAN_KM / zoom();
  const view = () => `${centre().x - span() / 2} ${centre().y - span() / 2} ${span()} ${span()}`;
  const zoomBy = (factor: number) => setZoom((z) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z * factor)));
  const pan = (dx: number, dy: number) => setCentre((c) => ({ x: c.x + dx * span(), y: c.y + dy * span() }));
  const kmPerPixel = () => span() / (svg?.getBoundingClientRect().width || 1);
  const toKm = (event: MouseEvent) => {
    const box = svg!.getBoundingClientRect();
    return {
      x: centre().x - span() / 2 + (event.clientX - box.left) * kmPerPixel(),
      y: centre().y - span() / 2 + (event.clientY - box.top) * kmPerPixel(),
    };
  };
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      '+': () => zoomBy(1.5),
      '=': () => zoomBy(1.5),
      '-': () => zoomBy(1 / 1.5),
      '−': () => zoomBy(1 / 1.5),
      ArrowLeft: () => pan(-PAN_STEP, 0),
      ArrowRight: () => pan(PAN_STEP, 0),
      ArrowUp: () => pan(0, -PAN_STEP),
      ArrowDown: () => pan(0, PAN_STEP),
    };
    const move = moves[event.key];
    if (move && event.target === svg) {
      event.preventDefault();
      move();
    }
  };
  const marker = (office: Office) => project(props.city, office.position);
  const r = () => 0.35 / Math.sqrt(zoom());

  return (
    <div class="office-map">
      <div class="button-row">
        <button type="button" class="button secondary small" onClick={() => zoomBy(1.5)} aria-label={officesTexts().offices.map.zoomIn}>
          +
        </button>
        <button type="button" class="button secondary small" onClick={() => zoomBy(1 / 1.5)} aria-label={officesTexts().offices.map.zoomOut}>
          −
        </button>
      </div>
      <svg
        ref={svg}
        role="group"
        tabindex="0"
        aria-label={fill(officesTexts().offices.map.label, { city: cityOf(props.city).name[locale()] })}
        viewBox={view()}
        onWheel={(event) => {
          event.preventDefault();
          zoomBy(event.deltaY < 0 ? 1.25 : 0.8);
        }}
        onKeyDown={onKey}
        onPointerDown={(event) => {
          drag = { x: event.clientX, y: event.clientY, cx: centre().x, cy: centre().y, moved: false };
        }}
        onPointerMove={(event) => {
          if (!drag || event.buttons === 0) return;
          const dx = event.clientX - drag.x;
          const dy = event.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
          if (drag.moved) setCentre({ x: drag.cx - dx * kmPerPixel(), y: drag.cy - dy * kmPerPixel() });
        }}
        onPointerUp={(event) => {
          const wasDrag = drag?.moved;
          drag = undefined;
          if (!wasDrag && event.target === svg?.querySelector('.map-ground')) {
            const km = toKm(event);
            props.onPoint(unproject(props.city, km.x, km.y));
          }
        }}
      >
        <rect class="map-ground" x={-200} y={-200} width={400} height={400} />
        <For each={[-12, -8, -4, 0, 4, 8, 12]}>
          {(k) => (
            <>
              <line class="map-grid" x1={k} y1={-14} x2={k} y2={14} />
              <line class="map-grid" x1={-14} y1={k} x2={14} y2={k} />
            </>
          )}
        </For>
        <path class="map-river" d="M -14 3 C -6 -2, -2 6, 4 1 S 10 -3, 14 2" />
        <circle class="map-centre" cx={0} cy={0} r={r() * 0.6} aria-hidden="true" />
        <Show when={props.point}>
          {(point) => (
            <g aria-label={officesTexts().offices.map.point} role="img">
              <circle class="map-point" cx={project(props.city, point()).x} cy={project(props.city, point()).y} r={r() * 0.8} />
              <Show when={props.radiusKm}>
                {(radius) => <circle class="map-radius" cx={project(props.city, point()).x} cy={project(props.city, point()).y} r={radius()} />}
              </Show>
            </g>
          )}
        </Show>
        <For each={props.offices.filter((o) => o.city === props.city)}>
          {(office) => (
            <g
              class="map-marker"
              role="button"
              tabindex="0"
              aria-label={office.name[locale()]}
              aria-pressed={props.selected === office.id}
              data-kind={office.kind}
              onClick={() => props.onSelect(office.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  props.onSelect(office.id);
                }
              }}
            >
              <circle cx={marker(office).x} cy={marker(office).y} r={props.selected === office.id ? r() * 1.4 : r()} />
            </g>
          )}
        </For>
      </svg>
    </div>
  );
}
