// An appeal as its owner sees it: never the scenario, seed or event log.
import { citizenActions } from '../../domain/appeals/rules';
import { RESENDABLE_STATUSES } from '../../domain/appeals/types';
import type { AppealView } from '../../domain/appeals/view';
import { kindOf } from './settle';
import type { AppealRow } from './rows';

export function appealView(row: AppealRow, now: number): AppealView {
  const { state } = row;
  const actions: AppealView['actions'] = [...citizenActions({ ...state, status: row.status, timeline: row.timeline, notices: [] }, now)];
  if (RESENDABLE_STATUSES.includes(row.status)) actions.push('resend');
  if (state.answer && !row.rating) actions.push('rate');
  const view: AppealView = {
    id: row.id,
    number: row.number,
    type: row.type,
    topic: row.topic,
    subject: row.subject,
    description: row.description,
    priority: state.priority,
    contacts: row.contacts,
    files: row.files.map(({ name, size, sha256, screenshot, at, stage }) => ({ name, size, sha256, screenshot, at, stage })),
    signed: row.signature !== undefined,
    status: row.status,
    sentAt: row.sentAt,
    updatedAt: row.updatedAt,
    deadline: state.deadline,
    law: kindOf(row).law,
    reactionLate: state.reactionLate,
    escalated: state.escalated,
    timeline: row.timeline,
    materials: row.materials,
    access: row.access,
    actions,
    asOf: now,
  };
  const optional = {
    serviceId: row.serviceId,
    category: row.category,
    wanted: row.wanted,
    tried: row.tried,
    reopenedAt: state.reopenedAt,
    callbacks: state.callbacks,
    incidentAt: row.incidentAt,
    relatedNumber: row.relatedNumber,
    grounds: row.grounds,
    resendOf: row.resendOf,
    registeredAt: state.registeredAt,
    pausedSince: state.pausedSince,
    warnedAt: state.warnedAt,
    breachedAt: state.breachedAt,
    specialist: state.specialist,
    request: state.request,
    extension: state.extension,
    answer: state.answer,
    refusal: state.refusal,
    rating: row.rating,
    closedAt: state.closedAt,
    archivedAt: state.archivedAt,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (view as Record<string, unknown>)[key] = value;
  return view;
}
