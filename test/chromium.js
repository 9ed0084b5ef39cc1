// Debian's Chromium (or CHROMIUM_PATH) and the flags every test and bench launch passes: the e2e config,
// the bench, the kill cycles and the first-route size check read them from here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Playwright's own --disable-features list (playwright-core's chromiumSwitches, 1.65): the last
 * --disable-features on a command line wins, so ours must repeat it. Recheck on Playwright bumps. */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/** Chromium 156 opens a hidden omnibox popup page (chrome://omnibox-popup.top-chrome, with its AI Mode app)
 * for every new window, so for every test's browser context. A trace of three contexts showed it taking
 * more CPU than the app page and its service worker together; an empty test cost 6.6 CPU-seconds with it
 * and 4.6 without (cgroup CPU accounting, 7 tests against 1). */
const HIDDEN_POPUPS = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** As root Chromium needs --no-sandbox; the rest keep it off the network and quiet (ARCHITECTURE.md's traps). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED, ...HIDDEN_POPUPS].join(',')}`,
];
