// A service rating as the department keeps it: one per application, owned by the account that gave it.
export interface RatingRow {
  caseId: string;
  accountId: string;
  serviceId: string;
  stars: number;
  comment?: string;
  at: number;
}
