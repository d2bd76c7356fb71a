/**
 * What the browser tests of the web app share: the whole federation with
 * the built app, Debian's Chromium driven by playwright-core, sign-in as a
 * demo persona, screenshots into test-artifacts/, an accessibility check
 * with axe-core injected into the page (WCAG 2.1 A and AA rules), script
 * errors collected, and keyboard-only helpers.
 *
 * The browser's clock is set to the services' clock (`now()`), so a form's
 * "today" is the services' today also when a run takes another day
 * (REFERENCE_DAY).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { now } from '@malmokraften/shared';
import { startTestSystem, type TestSystem } from './harness';
import { ensureWebBuilt } from '../../scripts/web-build';
import { notRunBanner } from './browser';

export const CHROMIUM = process.env.CHROMIUM_PATH || null;
export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The rule tags of WCAG 2.1 level A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** `describe`, or `describe.skip` with the run's notice when there is no Chromium. */
export function describeInBrowser(name: string, fn: () => void): void {
  if (CHROMIUM === null) {
    process.stderr.write(notRunBanner(process.env.BROWSER_TESTS_NOT_RUN ?? 'no Chromium was found'));
    describe.skip(name, fn);
  } else describe(name, fn);
}

export interface WebSystem {
  sys: TestSystem;
  appUrl: string;
  context: BrowserContext;
  /** Script errors and failed resources seen on any page. */
  problems: string[];
  newPage(opts?: { viewport?: { width: number; height: number } }): Promise<Page>;
  stop(): Promise<void>;
}

/** Starts the federation with the built app, and a Chromium whose clock is the services' clock. */
export async function startWebSystem(): Promise<WebSystem> {
  const sys = await startTestSystem({ webDir: ensureWebBuilt() });
  const appUrl = new URL('/', sys.gatewayUrl).toString();
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'mk-chromium-'));
  const problems: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM ?? undefined,
      headless: true,
      acceptDownloads: true,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await context.clock.install({ time: now() });
  } catch (err) {
    await sys.stop();
    throw err;
  }
  const watch = (page: Page) => {
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      // A refused or failed request the test caused on purpose is reported by the test itself.
      if (msg.type() === 'error' && !/Failed to load resource|net::ERR_FAILED/.test(msg.text()))
        problems.push(`console: ${msg.text()}`);
    });
  };
  for (const p of context.pages()) watch(p);
  context.on('page', watch);
  return {
    sys,
    appUrl,
    context,
    problems,
    newPage: async (opts = {}) => {
      const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      if (opts.viewport) await page.setViewportSize(opts.viewport);
      return page;
    },
    stop: async () => {
      await context?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      await sys.stop();
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Runs axe-core in the page against the WCAG 2.1 A and AA rules; the violations found. */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, so the page's content security policy (scripts from the gateway only) stays as it is.
  const present = await page.evaluate('typeof window.axe !== "undefined"');
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const context = exclude.length
        ? { include: [['html']], exclude: exclude.map((s) => [s]) }
        : (globalThis as unknown as { document: unknown }).document;
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    { tags: WCAG_TAGS, exclude },
  );
}

/** The page has no WCAG 2.1 A/AA violation axe can find (outside `exclude`); a screenshot of it either way. */
export async function checkPage(page: Page, name: string, opts: { exclude?: string[] } = {}): Promise<void> {
  await shot(page, name);
  const violations = await axeViolations(page, opts.exclude);
  if (violations.length) {
    const text = violations
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
      )
      .join('\n');
    throw new Error(`axe found WCAG 2.1 AA violations on ${name}:\n${text}`);
  }
}

/** Signs in as a demo persona by keyboard: the persona list, Tab to the button, Enter. */
export async function signIn(page: Page, appUrl: string, persona: string): Promise<void> {
  await page.goto(appUrl);
  const select = page.locator('#persona');
  await select.waitFor();
  await select.focus();
  await select.selectOption(persona);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.locator('#persona').waitFor();
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator
    .evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)
    .catch(() => false);
}

/**
 * Moves the focus with the Tab key alone until `target` has it (from the
 * page's heading, where the app puts the focus on every page), as a
 * keyboard user would. Fails when Tab never reaches it.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (!(await isFocused(target))) throw new Error(`Tab never reached ${target.toString()}`);
}

/** Types into a field reached by Tab, replacing what it holds. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Chooses an option of a select reached by Tab, with the arrow keys. */
export async function chooseByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select.evaluate((el) =>
    Array.from((el as unknown as { options: ArrayLike<{ value: string }> }).options, (o) => o.value),
  );
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${select.toString()}`);
  const current = await select.evaluate((el) => (el as unknown as { selectedIndex: number }).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  const chosen = await select.inputValue();
  if (chosen !== value) throw new Error(`the keyboard chose ${chosen}, not ${value}`);
}

/** Sets a checkbox reached by Tab with the space bar. */
export async function checkByKeyboard(page: Page, box: Locator, checked: boolean): Promise<void> {
  await tabTo(page, box);
  if ((await box.isChecked()) !== checked) await page.keyboard.press('Space');
}

/**
 * A date field reached by Tab, typed as its segments. Headless Chromium
 * orders the segments of a date field by its own interface language, not
 * the page's (month, day, year in Debian's build); each segment moves on
 * when full. The other orders are tried when the first does not give the
 * date.
 */
export async function dateByKeyboard(page: Page, field: Locator, iso: string): Promise<void> {
  await tabTo(page, field);
  const [y, m, d] = iso.split('-') as [string, string, string];
  let value = '';
  for (const digits of [`${m}${d}${y}`, `${y}${m}${d}`, `${d}${m}${y}`]) {
    await page.keyboard.type(digits);
    value = await field.inputValue();
    if (value === iso) return;
    // Back to the field's first segment: out of it and in again, by keyboard.
    await field.evaluate((el) => (el as unknown as { blur(): void }).blur());
    await tabTo(page, field);
  }
  throw new Error(`the keyboard entered ${value}, not ${iso}`);
}

/** Submits the form with Enter from the button reached by Tab. */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

/** The first page heading, so a keyboard walk starts where the app puts the focus. */
export async function startAtHeading(page: Page): Promise<void> {
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  await h1.evaluate((el) => {
    (el as unknown as { tabIndex: number }).tabIndex = -1;
    (el as unknown as { focus(): void }).focus();
  });
}

/** GraphQL requests the page sent, with their Idempotency-Key. */
export function graphqlRequests(p: Page): Array<{ operation: string; key: string | undefined }> {
  const seen: Array<{ operation: string; key: string | undefined }> = [];
  p.on('request', (r: Request) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = JSON.parse(r.postData() ?? '{}') as { query?: string };
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
    seen.push({ operation, key: r.headers()['idempotency-key'] });
  });
  return seen;
}
