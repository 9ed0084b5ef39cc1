// A case as its owner sees it: the answers, files and story, never the scenario, seed or event log.
import type { ApplicationView } from '../../domain/application';
import type { CaseRow } from '../rows';
import { addressLine } from '../../domain/addressLine';

export function caseView(row: CaseRow): ApplicationView {
  const { id, number, serviceId, status, submittedAt, updatedAt, resultWay, answers, timeline, bookingId, resultOfficeId } = row;
  const files = (row.files ?? []).map(({ slot, name, size, sha256, at }) => ({ slot, name, size, sha256, at }));
  const { request, rejection, readyAt, issuedAt, pickupDeadline, validUntil, tracking = [] } = row.state ?? {};
  const links = {
    ...(bookingId ? { bookingId } : {}),
    ...(resultOfficeId ? { resultOfficeId } : {}),
    ...(row.deliveryAddress ? { deliveryAddress: addressLine(row.deliveryAddress) } : {}),
    ...(row.signedWith ? { signedWith: row.signedWith } : {}),
    ...(row.fixes ? { fixes: row.fixes } : {}),
    ...(row.fixedBy ? { fixedBy: row.fixedBy } : {}),
    ...(row.rating ? { rating: row.rating } : {}),
    ...(row.questions?.length ? { questions: row.questions.map(({ at, text }, i) => ({ at, text, reply: row.state?.replies?.[i] })) } : {}),
  };
  return {
    id,
    number,
    serviceId,
    status,
    submittedAt,
    updatedAt,
    resultWay,
    answers,
    files,
    timeline,
    request,
    rejection,
    readyAt,
    issuedAt,
    pickupDeadline,
    validUntil,
    tracking,
    ...links,
  };
}
