// Contracts of the applications API: what a submission carries and what a case looks like to its owner.
import * as v from 'valibot';
import { RatingViewSchema } from './ratings/rating';
import { CodeSchema } from './account';
import { FingerprintSchema, SubmissionSignatureSchema } from './submissionSignature';
import { RESULT_WAYS } from './catalog/kinds';
import { REJECTION_REASONS } from './scenario';

import { APPLICATION_STATUSES } from './statuses';

export { APPLICATION_STATUSES, type ApplicationStatus } from './statuses';

/** Per application: every attached file together stays under this. */
export const MAX_APPLICATION_BYTES = 10 * 1024 * 1024;

/** What travels with each file in the multipart body (the file itself is the part «file:<slot>»). */
export const AttachmentMetaSchema = v.object({
  slot: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  name: v.pipe(v.string(), v.maxLength(200)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

/** More fields than any service form has: a bigger answer set is not an application. */
const MAX_ANSWERS = 200;

export const SubmissionSchema = v.object({
  /** The draft's id: submitting the same draft again returns the same application. */
  draftId: v.pipe(v.string(), v.uuid()),
  serviceId: v.pipe(v.string(), v.maxLength(60)),
  answers: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(40)), v.union([v.pipe(v.string(), v.maxLength(2000)), v.boolean()])),
    v.check((answers) => Object.keys(answers).length <= MAX_ANSWERS, 'too_long'),
  ),
  resultWay: v.picklist(RESULT_WAYS),
  /** The one-time code that confirms the submission (with its flow)… */
  flowId: v.optional(v.pipe(v.string(), v.minLength(8), v.maxLength(64))),
  code: v.optional(CodeSchema),
  /** …or the citizen's electronic signature over its content (submissionSignature.ts). */
  signature: v.optional(SubmissionSignatureSchema),
  attachments: v.optional(v.pipe(v.array(AttachmentMetaSchema), v.maxLength(30)), []),
  /** For a service with a fee: the paid invoice (payments are not built yet, so such services wait). */
  paymentId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** For a service that books a visit (WIZARD_VISITS): the citizen's own booking for it. */
  bookingId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** For a paper result at an office: which office hands it out. */
  resultOfficeId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  /** For a paper result by post: where to deliver it, by part (the server checks it as an address, delivery.ts). */
  deliveryAddress: v.optional(v.record(v.pipe(v.string(), v.maxLength(20)), v.pipe(v.string(), v.maxLength(200)))),
  /** «Исправить и подать заново»: the citizen's refused application this one corrects (its id). */
  fixes: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
export type Submission = v.InferOutput<typeof SubmissionSchema>;

const TimelineEntrySchema = v.object({
  at: v.number(),
  status: v.picklist(APPLICATION_STATUSES),
  note: v.optional(v.string()),
  comment: v.optional(v.string()),
  reason: v.optional(v.string()),
});

/** Another application of the same citizen, named by id and number. */
const CaseLinkSchema = v.object({ id: v.string(), number: v.string() });

const QuestionViewSchema = v.object({
  at: v.number(),
  text: v.string(),
  reply: v.optional(
    v.object({
      at: v.number(),
      status: v.picklist(APPLICATION_STATUSES),
      deadline: v.optional(v.number()),
      reason: v.optional(v.picklist(REJECTION_REASONS)),
    }),
  ),
});

const FileViewSchema = v.object({ slot: v.string(), name: v.string(), size: v.number(), sha256: v.string(), at: v.optional(v.number()) });

export const ApplicationViewSchema = v.object({
  id: v.string(),
  number: v.string(),
  serviceId: v.string(),
  status: v.picklist(APPLICATION_STATUSES),
  submittedAt: v.number(),
  updatedAt: v.number(),
  resultWay: v.picklist(RESULT_WAYS),
  answers: v.record(v.string(), v.union([v.string(), v.boolean()])),
  files: v.optional(v.array(FileViewSchema), []),
  timeline: v.array(TimelineEntrySchema),
  /** While the department waits for documents: which ones and until when. */
  request: v.optional(v.object({ documents: v.array(v.string()), deadline: v.number(), comment: v.optional(v.string()) })),
  rejection: v.optional(v.object({ reason: v.string(), comment: v.optional(v.string()), fields: v.optional(v.array(v.string())) })),
  readyAt: v.optional(v.number()),
  issuedAt: v.optional(v.number()),
  pickupDeadline: v.optional(v.number()),
  validUntil: v.optional(v.number()),
  tracking: v.optional(v.array(v.object({ at: v.number(), stage: v.string() })), []),
  /** The visit booked for this application and the office that hands out a paper result. */
  bookingId: v.optional(v.string()),
  resultOfficeId: v.optional(v.string()),
  /** Where the post delivers a paper result, on one line. */
  deliveryAddress: v.optional(v.string()),
  /** Confirmed with an electronic signature rather than a code: the key's fingerprint and the signed digest. */
  signedWith: v.optional(v.object({ fingerprint: FingerprintSchema, digest: v.string() })),
  /** The refused application this one corrects, and the one that corrected this refused one. */
  fixes: v.optional(CaseLinkSchema),
  fixedBy: v.optional(CaseLinkSchema),
  /** The citizen's questions to the department, each with its reply once the department has written it. */
  questions: v.optional(v.array(QuestionViewSchema)),
  /** The citizen's own «Оценить услугу», once given (src/domain/ratings). */
  rating: v.optional(RatingViewSchema),
  /** The simulated moment the server answered at, for «expired» and countdowns. */
  asOf: v.optional(v.number()),
});
export type ApplicationView = v.InferOutput<typeof ApplicationViewSchema>;
