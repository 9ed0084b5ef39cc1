// The office view's place in the address: which office and which day, so a reload keeps them.
import { isoDate, searchParams, text } from '../../ui/searchParams';

export const OfficeConsoleSearchSchema = searchParams({
  office: text(40),
  date: isoDate,
});
export type OfficeConsoleSearch = ReturnType<typeof OfficeConsoleSearchSchema>;
