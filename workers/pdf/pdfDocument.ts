// A small PDF writer: A4 pages of text, rectangles and lines in the one document font, serialised as a
// classic PDF 1.7 file (no object streams) whose bytes this code fully controls — which is what lets
// the authority sign the file ByteRange style (seal.ts). It replaces pdf-lib + fontkit for writing:
// a few KB instead of ~500 KB gzip, and it runs unchanged in the PDF worker, the service worker and Node.
import { documentFont, FONT_FILE, fontObjects, glyphHex, toUnicodeCMap, type DocumentFont } from './font/documentFont';

export interface Color {
  r: number;
  g: number;
  b: number;
}
export const rgb = (r: number, g: number, b: number): Color => ({ r, g, b });

/** Numbers as PDF writes them: at most 3 decimals, no exponent. */
const num = (n: number) => String(Math.round(n * 1000) / 1000);
const fill = (c: Color) => `${num(c.r)} ${num(c.g)} ${num(c.b)} rg`;
const stroke = (c: Color) => `${num(c.r)} ${num(c.g)} ${num(c.b)} RG`;

/** A text string: literal when plain ASCII, else UTF-16BE with a byte order mark (PDF 32000-1, 7.9.2.2). */
export function pdfText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  return `<FEFF${Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, '0')).join('')}>`;
}

/** D:YYYYMMDDHHmmSSZ in UTC. */
export const pdfDate = (date: Date) => `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

export class PdfPage {
  readonly operators: string[] = [];
  constructor(readonly size: [number, number]) {}

  getSize() {
    return { width: this.size[0], height: this.size[1] };
  }

  drawText(text: string, o: { x: number; y: number; size: number; color: Color; font?: DocumentFont }): void {
    const glyphs = (o.font ?? documentFont).glyphs(text);
    if (glyphs.length === 0) return;
    this.operators.push(`BT /F1 ${num(o.size)} Tf ${fill(o.color)} 1 0 0 1 ${num(o.x)} ${num(o.y)} Tm <${glyphHex(glyphs)}> Tj ET`);
  }

  drawRectangle(o: { x: number; y: number; width: number; height: number; color?: Color; borderColor?: Color; borderWidth?: number }): void {
    const box = `${num(o.x)} ${num(o.y)} ${num(o.width)} ${num(o.height)} re`;
    if (o.color) this.operators.push(`${fill(o.color)} ${box} f`);
    if (o.borderColor) this.operators.push(`${stroke(o.borderColor)} ${num(o.borderWidth ?? 1)} w ${box} S`);
  }

  drawLine(o: { start: { x: number; y: number }; end: { x: number; y: number }; thickness: number; color: Color }): void {
    this.operators.push(`${stroke(o.color)} ${num(o.thickness)} w ${num(o.start.x)} ${num(o.start.y)} m ${num(o.end.x)} ${num(o.end.y)} l S`);
  }
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The font's ToUnicode map never changes: compressed once per process (a pure cache, safe to lose). */
let toUnicodeStream: Promise<Uint8Array> | undefined;
const fontFileStream = () => base64ToBytes(FONT_FILE.deflatedBase64);

type PdfObject = { text: string } | { dict: string; stream: Uint8Array };

export class PdfDocument {
  private readonly pages: PdfPage[] = [];
  private readonly info = new Map<string, string>();
  private readonly catalog = new Map<string, string>();
  private readonly extra: { name: string; make: (ref: (name: string) => string) => PdfObject }[] = [];
  private language = 'ru';

  static create(): PdfDocument {
    return new PdfDocument();
  }

  addPage(size: [number, number]): PdfPage {
    const page = new PdfPage(size);
    this.pages.push(page);
    return page;
  }
  getPages(): readonly PdfPage[] {
    return this.pages;
  }

  setTitle = (title: string) => void this.info.set('Title', pdfText(title));
  setAuthor = (author: string) => void this.info.set('Author', pdfText(author));
  setProducer = (producer: string) => void this.info.set('Producer', pdfText(producer));
  setCreator = (creator: string) => void this.info.set('Creator', pdfText(creator));
  setCreationDate = (date: Date) => void this.info.set('CreationDate', pdfDate(date));
  setModificationDate = (date: Date) => void this.info.set('ModDate', pdfDate(date));
  setLanguage = (language: string) => void (this.language = language);
  /** Any other Info entry; `value` is PDF source (see pdfText). */
  setInfo = (key: string, value: string) => void this.info.set(key, value);

  /**
   * An extra indirect object called `name`, linked from the catalog under /`catalogKey`. Its source is
   * made at save time, when every object has its number (`ref(name)`).
   */
  addCatalogObject(catalogKey: string, name: string, make: (ref: (name: string) => string) => PdfObject): void {
    this.extra.push({ name, make });
    this.catalog.set(catalogKey, name);
  }

  async save(): Promise<Uint8Array> {
    const names = ['catalog', 'pages', 'info', 'font', 'descendant', 'descriptor', 'file', 'toUnicode'];
    this.pages.forEach((_, i) => names.push(`page${i}`, `content${i}`));
    for (const { name } of this.extra) names.push(name);
    const ref = (name: string) => {
      const index = names.indexOf(name);
      if (index < 0) throw new Error(`No PDF object called ${name}`);
      return `${index + 1} 0 R`;
    };
    const encoder = new TextEncoder();
    const fonts = fontObjects(ref);
    const objects = new Map<string, PdfObject>([
      [
        'catalog',
        {
          text: `<< /Type /Catalog /Pages ${ref('pages')} /Lang ${pdfText(this.language)} /ViewerPreferences << /DisplayDocTitle true >>${[...this.catalog].map(([k, n]) => ` /${k} ${ref(n)}`).join('')} >>`,
        },
      ],
      ['pages', { text: `<< /Type /Pages /Kids [${this.pages.map((_, i) => ref(`page${i}`)).join(' ')}] /Count ${this.pages.length} >>` }],
      ['info', { text: `<< ${[...this.info].map(([k, v]) => `/${k} ${v}`).join(' ')} >>` }],
      ['font', { text: fonts.type0 }],
      ['descendant', { text: fonts.descendant }],
      ['descriptor', { text: fonts.descriptor }],
      ['file', { dict: `/Filter /FlateDecode /Length1 ${FONT_FILE.length}`, stream: fontFileStream() }],
      ['toUnicode', { dict: '/Filter /FlateDecode', stream: await (toUnicodeStream ??= deflate(encoder.encode(toUnicodeCMap()))) }],
    ]);
    for (const [i, page] of this.pages.entries()) {
      objects.set(`page${i}`, {
        text: `<< /Type /Page /Parent ${ref('pages')} /MediaBox [0 0 ${num(page.size[0])} ${num(page.size[1])}] /Resources << /Font << /F1 ${ref('font')} >> >> /Contents ${ref(`content${i}`)} >>`,
      });
      objects.set(`content${i}`, { dict: '/Filter /FlateDecode', stream: await deflate(encoder.encode(page.operators.join('\n'))) });
    }
    for (const { name, make } of this.extra) objects.set(name, make(ref));

    // The second line's bytes above 127 tell tools the file is binary (PDF 32000-1, 7.5.2).
    const chunks: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
    let length = chunks[0]!.length;
    const offsets: number[] = [];
    const push = (bytes: Uint8Array) => {
      chunks.push(bytes);
      length += bytes.length;
    };
    names.forEach((name, i) => {
      const object = objects.get(name)!;
      offsets.push(length);
      if ('text' in object) push(latin1(`${i + 1} 0 obj\n${object.text}\nendobj\n`));
      else {
        push(latin1(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.stream.length} >>\nstream\n`));
        push(object.stream);
        push(latin1('\nendstream\nendobj\n'));
      }
    });
    const xref = length;
    const table = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    push(
      latin1(
        `xref\n0 ${names.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${names.length + 1} /Root ${ref('catalog')} /Info ${ref('info')} >>\nstartxref\n${xref}\n%%EOF\n`,
      ),
    );
    const file = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      file.set(chunk, at);
      at += chunk.length;
    }
    return file;
  }
}
