// Build constants injected by vite.config.ts.
declare const __OKNO_VERSION__: string;
declare const __OKNO_BUILD_ID__: string;
/** True only in a test build (OKNO_CONTRACT_CHECK=1): /api answers carry their contract violations. */
declare const __OKNO_CONTRACT_CHECK__: boolean;
