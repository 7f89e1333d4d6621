import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

/** Where Debian (and most distributions) install Chromium. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Launch headless Chromium through playwright-core: `CHROMIUM_PATH` when set,
 * else Debian's `/usr/bin/chromium` (installed by `scripts/install-chromium.sh`).
 * Runs with `--no-sandbox` when root (the sandbox refuses to run as root).
 *
 * @returns The browser, or a sentence saying why it could not be launched.
 */
export async function launchChromium(): Promise<Browser | string> {
  const executablePath = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!executablePath) return "no Chromium found (set CHROMIUM_PATH, or run scripts/install-chromium.sh as root)";
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (error) {
    return `playwright-core is not installed (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    const args = ["--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"];
    if (process.getuid?.() === 0) args.push("--no-sandbox");
    return await chromium.launch({ executablePath, args, headless: true, timeout: 60_000 });
  } catch (error) {
    return `Chromium at ${executablePath} did not start: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`;
  }
}
