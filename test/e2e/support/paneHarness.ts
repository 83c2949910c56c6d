import { execFileSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveFolder, StaticServer } from './staticServer';

export const ROOT = join(__dirname, '..', '..', '..');
/** the built pane: dist/ from `npm run build`, or TASKPANE_DIST */
export const DIST = process.env.TASKPANE_DIST ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export interface PaneHarness {
  readonly server: () => StaticServer;
  readonly browser: () => Browser;
  /** contexts to close after the suite */
  readonly contexts: BrowserContext[];
}

/**
 * The e2e suites' shared set-up: builds dist/ when it is missing (or when E2E_BUILD=1), serves
 * it, starts headless Chromium, and closes all of it after the suite.
 */
export function usePaneHarness(): PaneHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (process.env.E2E_BUILD === '1' || !existsSync(join(DIST, 'taskpane.html'))) {
      execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });
  return { server: () => server!, browser: () => browser!, contexts };
}
