// The files the review page lists: one line per document of the service, in the service's order, with
// the attached file's name and size, or none. Files in no slot (left from an older form) are not sent,
// so they are not listed.
import type { AttachmentRow } from '../../client/rows';
import type { Service } from '../../domain/catalog/serviceSchema';

export interface ReviewFile {
  document: Service['documents'][number];
  file?: { name: string; size: number };
}

export function reviewFiles(service: Service, rows: readonly Pick<AttachmentRow, 'slot' | 'name' | 'size'>[]): ReviewFile[] {
  return service.documents.map((document) => {
    const row = rows.find((r) => r.slot === document.id);
    return row ? { document, file: { name: row.name, size: row.size } } : { document };
  });
}
