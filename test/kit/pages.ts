// The project's own page objects (test/e2e/pages), re-exported for outside suites: the kit never copies
// them, so the project's e2e suite keeps them true. Namespaced, because some helper names repeat.
export * as app from '../e2e/pages/app';
export * as account from '../e2e/pages/account';
export * as profile from '../e2e/pages/profile';
export * as apply from '../e2e/pages/apply';
export * as applications from '../e2e/pages/applications';
export * as pay from '../e2e/pages/pay';
export * as fines from '../e2e/pages/fines';
export * as receipts from '../e2e/pages/receipts';
export * as appeals from '../e2e/pages/appeals';
export * as supportRequest from '../e2e/pages/supportRequest';
export * as supportChat from '../e2e/pages/supportChat';
export * as booking from '../e2e/pages/booking';
export * as verify from '../e2e/pages/verify';
export * as operator from '../e2e/pages/operator';
export * as demo from '../e2e/pages/demo';
export * as axe from '../e2e/pages/axe';
