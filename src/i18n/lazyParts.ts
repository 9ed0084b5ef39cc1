// The Russian texts that load with the pages that use them, not with the shell. Adding a group is one
// entry here (and its English in en.ts); the types of t(), Dictionary and the accessors follow from it.
// Read a group only through its accessor in ./lazy/<group>.ts: a module that forgets to load it does
// not compile (t() has no such key).
export const LAZY_RU = {
  operator: () => import('./operator.ru').then((m) => m.operatorRu),
  demoData: () => import('./demoData.ru').then((m) => m.demoDataRu),
  verify: () => import('./verify.ru').then((m) => m.verifyRu),
  developers: () => import('./developers.ru').then((m) => m.developersRu),
  pay: () => import('./pay.ru').then((m) => m.payRu),
  receipts: () => import('./receipts.ru').then((m) => m.receiptsRu),
  appeals: () => import('./appeals.ru').then((m) => m.appealsRu),
  support: () => import('./support.ru').then((m) => m.supportRu),
  offices: () => import('./offices.ru').then((m) => m.officesRu),
  doctor: () => import('./doctor.ru').then((m) => m.doctorRu),
  catalog: () => import('./catalog.ru').then((m) => m.catalogRu),
  cases: () => import('./cases.ru').then((m) => m.casesRu),
  account: () => import('./account.ru').then((m) => m.accountRu),
  profile: () => import('./profile.ru').then((m) => m.profileRu),
  validation: () => import('./validation.ru').then((m) => ({ validation: m.validationRu, fieldErrors: m.fieldErrorsRu })),
};
export type LazyTextName = keyof typeof LAZY_RU;
/** The namespaces one group brings (operator.ru has both `operator` and `officeConsole`). */
export type LazyPart<N extends LazyTextName> = Awaited<ReturnType<(typeof LAZY_RU)[N]>>;
type Union<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type LazyTexts = Union<LazyPart<LazyTextName>>;
