// Row shape of an appeal in «okno-server»: what was sent, the event log, the state as last settled,
// the clerks' access log and the citizen's rating. Never deleted: five years after it finishes the state says archivedAt.
import type { AppealInput } from '../../domain/appeals/input';
import type { AppealEvent, AppealScenario, AppealState, AppealStatus, TimelineEntry } from '../../domain/appeals/types';
import type { Rating } from '../../domain/appeals/view';

export interface AppealFileRow {
  name: string;
  type: string;
  size: number;
  sha256: string;
  screenshot: boolean;
  blob: Blob;
  at: number;
  stage: 'sent' | 'materials';
}

export interface AppealRow extends Omit<AppealInput, 'attachments' | 'resendOf'> {
  id: string;
  accountId: string;
  number: string;
  sentAt: number;
  scenario: AppealScenario;
  seed: string;
  files: AppealFileRow[];
  resendOf?: { id: string; number: string };
  events: AppealEvent[];
  materials: { at: number; comment: string; files: string[] }[];
  /** Every time a clerk opened the appeal: who, when, why. The citizen sees this log. */
  access: { at: number; clerk: string; reason: string }[];
  rating?: Rating & { at: number };
  status: AppealStatus;
  updatedAt: number;
  timeline: TimelineEntry[];
  state: Omit<AppealState, 'notices' | 'timeline' | 'status' | 'next'>;
  next?: number;
  noticed: string[];
}
