// Types for scripts/chromium-path.mjs (imported by playwright.config.ts; allowJs is off).

/** A system Chromium path; `undefined` if only Playwright's bundled Chromium exists; `null` if none. */
export declare function findChromium(): string | undefined | null;

/** Launch flags that keep Chromium from phoning home on a closed network. */
export declare const chromiumLaunchArgs: string[];
