// Build constants injected by vite.config.ts.
declare const __OKNO_VERSION__: string;
declare const __OKNO_BUILD_ID__: string;
