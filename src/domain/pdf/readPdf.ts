// A small PDF structure reader for the file check: is the file encrypted, how many pages does it have,
// does it carry active content (scripts, launch actions, embedded files)? It scans objects (pdfObjects)
// and opens object streams, so linearized files, incremental updates and compressed object lists read
// alike. It never runs, renders or trusts anything in the file, and it never throws.
import { inflate } from './inflate';
import { text } from './pdfBytes';
import { scanObjects, type PdfObject } from './pdfObjects';

export type ActiveContent = 'javascript' | 'launch' | 'embedded_file';

export interface PdfFacts {
  encrypted: boolean;
  /** Pages from the catalog's page tree, or the page objects counted when the tree cannot be followed. */
  pages: number;
  active: ActiveContent[];
}

/** Inflated object streams of one file together may not exceed this: a real 5 MB file stays far below. */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

const NAME_CHARS = String.raw`[^\s/<>\[\]()%{}]`;
const ESCAPED_NAME = new RegExp(`/${NAME_CHARS}*#[0-9A-Fa-f]{2}${NAME_CHARS}*`, 'g');
/** Names may be spelt with #xx escapes (/J#61vaScript): read them as the viewer would. */
const unescapeNames = (body: string) =>
  body.includes('#')
    ? body.replace(ESCAPED_NAME, (name) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    : body;

const ACTIVE_NAMES: Record<string, ActiveContent> = {
  JavaScript: 'javascript',
  JS: 'javascript',
  Launch: 'launch',
  EmbeddedFile: 'embedded_file',
  EmbeddedFiles: 'embedded_file',
  RichMedia: 'embedded_file',
};
const ACTIVE = new RegExp(`/(${Object.keys(ACTIVE_NAMES).join('|')})(?!${NAME_CHARS})`, 'g');

/** The objects packed in an object stream («/Type /ObjStm»), or null when it cannot be read. */
async function unpack(bytes: Uint8Array, holder: PdfObject, budget: { left: number }): Promise<PdfObject[] | null> {
  const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(holder.body)?.[1];
  if (!holder.stream || (filter && filter !== 'FlateDecode') || /\/Predictor\s+([2-9]|\d\d)/.test(holder.body)) return null;
  const raw = bytes.subarray(holder.stream.start, holder.stream.end);
  const data = filter ? await inflate(raw, budget.left) : raw;
  if (!data) return null;
  budget.left -= data.length;
  const count = Number(/\/N\s+(\d+)/.exec(holder.body)?.[1] ?? NaN);
  const first = Number(/\/First\s+(\d+)/.exec(holder.body)?.[1] ?? NaN);
  if (!Number.isFinite(count) || !Number.isFinite(first) || first > data.length) return null;
  const numbers = text(data, 0, first).trim().split(/\s+/).map(Number);
  const objects: PdfObject[] = [];
  for (let i = 0; i < count && 2 * i + 1 < numbers.length; i++) {
    const start = first + numbers[2 * i + 1]!;
    const end = i + 1 < count && 2 * i + 3 < numbers.length ? first + numbers[2 * i + 3]! : data.length;
    if (!(start <= end && end <= data.length)) return null;
    objects.push({ num: numbers[2 * i]!, gen: 0, at: holder.at, body: text(data, start, end).trim() });
  }
  return objects;
}

const ref = (body: string | undefined, key: string) => {
  const match = body && new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
  return match ? Number(match[1]) : null;
};

/** Page count from trailer → /Root → /Pages → /Count, or null when a link is missing. */
function pageTreeCount(latest: Map<number, PdfObject>, trailers: string[]): number | null {
  const rootNum = trailers
    .map((t) => ref(t, 'Root'))
    .filter((n) => n !== null)
    .at(-1);
  const pagesNum = rootNum === undefined ? null : ref(latest.get(rootNum)?.body, 'Pages');
  const pages = pagesNum === null ? undefined : latest.get(pagesNum)?.body;
  const count = pages && /\/Type\s*\/Pages(?![A-Za-z])/.test(pages) ? /\/Count\s+(\d+)/.exec(pages)?.[1] : undefined;
  return count === undefined ? null : Number(count);
}

/** What the file check needs to know about a PDF, or null when the bytes hold no readable PDF objects. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts | null> {
  try {
    const scan = scanObjects(bytes);
    if (scan.objects.length === 0) return null;
    const trailers = scan.trailers.map(unescapeNames);
    const encrypted = trailers.some((t) => /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(t));
    const objects = [...scan.objects];
    // An encrypted file's object streams are ciphertext; its refusal does not need them.
    if (!encrypted) {
      const budget = { left: MAX_INFLATED_BYTES };
      for (const holder of scan.objects.filter((o) => /\/Type\s*\/ObjStm(?![A-Za-z])/.test(o.body))) {
        const packed = await unpack(bytes, holder, budget);
        if (!packed) return null;
        objects.push(...packed);
      }
    }
    for (const object of objects) object.body = unescapeNames(object.body);
    const latest = new Map<number, PdfObject>();
    for (const object of objects.sort((a, b) => a.at - b.at)) latest.set(object.num, object);

    const active = new Set<ActiveContent>();
    for (const body of [...objects.map((o) => o.body), ...trailers]) {
      for (const match of body.matchAll(ACTIVE)) active.add(ACTIVE_NAMES[match[1]!]!);
    }
    const pages = pageTreeCount(latest, trailers) ?? [...latest.values()].filter((o) => /\/Type\s*\/Page(?![A-Za-z])/.test(o.body)).length;
    return { encrypted, pages, active: [...active].sort() };
  } catch {
    return null;
  }
}
