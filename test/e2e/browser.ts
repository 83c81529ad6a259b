/**
 * Debian's Chromium driven by playwright-core. Tests that need it skip, saying why, where no Chromium is found;
 * CI installs it, so there they always run.
 */
import { existsSync, mkdirSync } from "fs";
import { dirname, join } from "path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { StaticServer } from "./staticServer";
import { serveDirectory } from "./staticServer";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM_PATH);
export const DIST = join(__dirname, "..", "..", "dist");
export const HAVE_BUILD = existsSync(join(DIST, "preview.html"));
/** Microsoft's files in @microsoft/office-js: what the CDN would serve a page that asks for office.js. */
export const OFFICE_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
export const SCREENSHOTS = join(__dirname, "..", "..", "test-results");

/** The flags that let headless Chromium run as root on a machine with no network. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/**
 * Console errors that are office.js's, not the add-in's: three seconds after it loads, Microsoft's office.js (its
 * o15apptofilemappingtable.js) makes a hidden iframe to its telemetry service, `setAttribute("style",
 * "display:none")` on it. The page's CSP blocks both, as it should (nothing leaves the page), and Chromium logs
 * each refusal. Matched exactly: the telemetry URL, and the hash of the inline style "display:none".
 */
export function isOfficeTelemetryRefusal(message: string): boolean {
  return (
    message.includes("https://telemetryservice.firstpartyapps.oaspapps.com/") ||
    message.includes("'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='")
  );
}

/** The page's errors as they come: uncaught ones and console errors, office.js's refused telemetry aside. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on(
    "console",
    (message) => message.type() === "error" && !isOfficeTelemetryRefusal(message.text()) && errors.push(message.text())
  );
  return errors;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** `describe` that runs only with a Chromium and a build, and says which is missing. */
export const describeInBrowser: jest.Describe = (() => {
  if (!HAVE_CHROMIUM) {
    console.warn(
      `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or apt-get install chromium).`
    );
    return describe.skip;
  }
  if (!HAVE_BUILD) {
    console.warn("Browser tests skipped: dist/ is not built (npm test builds it; or run npm run build).");
    return describe.skip;
  }
  return describe;
})();

export interface PreviewSession {
  /** The built dist/ served on loopback; set in beforeAll. */
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Serves dist/ and starts Chromium once for a describe block, and stops both after it. */
export function usePreviewSession(): PreviewSession {
  const session = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    session.server = await serveDirectory(DIST);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
