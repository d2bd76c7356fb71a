/**
 * The web app in a real browser (Debian's Chromium driven by
 * playwright-core) against the whole federation: sign-in, caseload, the
 * plan timeline, recording an intervention, the report. Screenshots go to
 * test-artifacts/. The test run's global setup finds Chromium, or installs
 * it (test/support/browser.ts); where none can be had, the tests in the
 * browser are skipped and the run says so, with how to run them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AGENCIES, close, createLogger, listen, today } from '@malmokraften/shared';
import { buildGateway } from '@malmokraften/gateway';
import { startTestSystem, type TestSystem } from './support/harness';
import { ensureWebBuilt } from '../scripts/web-build';
import { notRunBanner } from './support/browser';

jest.setTimeout(180_000);

// The global setup finds (or installs) Chromium and sets one of these.
const CHROMIUM = process.env.CHROMIUM_PATH || null;
const NOT_RUN = process.env.BROWSER_TESTS_NOT_RUN;
const ARTIFACTS = path.join(__dirname, '..', 'test-artifacts');

let sys: TestSystem;
let appUrl: string;
let context: BrowserContext;
let profile: string;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function signIn(persona: string): Promise<void> {
  await page.goto(appUrl);
  const select = page.locator('#persona');
  await select.waitFor();
  // By keyboard: choose the persona, tab to the button, press Enter.
  await select.focus();
  await select.selectOption(persona);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus').innerText()).resolves.toBe('Logga in');
  await page.keyboard.press('Enter');
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.locator('#persona').waitFor();
}

const PLAN = `query P($id: ID!) { participant(id: $id) { jointPlan { items { intervention { id agency startDate endDate } parallel { count ids } } itemCount withheld { agency message } } } }`;

beforeAll(async () => {
  sys = await startTestSystem({ webDir: ensureWebBuilt() });
  appUrl = new URL('/', sys.gatewayUrl).toString();
});

afterAll(async () => {
  await sys?.stop();
});

describe('the gateway serves the app', () => {
  it('serves the built app at / with a content security policy, and the API stays at /graphql', async () => {
    const res = await fetch(appUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const js = await fetch(new URL(script!, appUrl));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    // Nothing outside the folder, and no page for unknown paths.
    expect((await fetch(new URL('/assets/../../package.json', appUrl))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/package.json', appUrl))).status).toBe(404);
    expect((await fetch(new URL('/no-such-page', appUrl))).status).toBe(404);
    const api = await sys.query('af-t01', '{ participant(id: "P-DEMO0001") { id } }');
    expect(api.data.participant.id).toBe('P-DEMO0001');
  });

  it('signs demo tokens in development mode and refuses unknown personas with a code', async () => {
    const ok = await fetch(new URL('/dev/token', appUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'af-t01' }),
    });
    expect(ok.status).toBe(200);
    const { token, persona } = (await ok.json()) as { token: string; persona: { key: string; teams: string[] } };
    expect(persona).toMatchObject({ key: 'af-t01', teams: ['T01'] });
    const answer = await fetch(sys.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ team(id: "T01") { id } }' }),
    });
    expect(((await answer.json()) as { data: { team: { id: string } } }).data.team.id).toBe('T01');

    const bad = await fetch(new URL('/dev/token', appUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'nobody' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('has no demo sign-in in production mode (404), while the app is still served', async () => {
    const prod = await buildGateway({
      supergraphSdl: readFileSync(path.join(__dirname, '../gateway/supergraph.graphql'), 'utf8'),
      subgraphUrls: Object.fromEntries(Object.values(sys.subgraphs).map((s) => [s.agency.toLowerCase(), s.url])),
      log: createLogger('gateway-production-test'),
      production: true,
      webDir: ensureWebBuilt(),
    });
    const server: Server = prod.http;
    const { url } = await listen(server, 0);
    try {
      const token = await fetch(new URL('/dev/token', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'af-t01' }),
      });
      expect(token.status).toBe(404);
      expect((await fetch(new URL('/dev/personas', url))).status).toBe(404);
      expect((await fetch(new URL('/', url))).status).toBe(200);
    } finally {
      await close(server);
      await prod.apollo.stop();
    }
  });
});

if (CHROMIUM === null) process.stderr.write(notRunBanner(NOT_RUN ?? 'no Chromium was found'));

(CHROMIUM === null ? describe.skip : describe)('in the browser', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    profile = mkdtempSync(path.join(tmpdir(), 'mk-chromium-'));
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
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('a team member signs in and sees the team caseload with status and next follow-up', async () => {
    await signIn('af-t01');
    await page.getByRole('heading', { level: 1, name: 'Teamets ärenden' }).waitFor();
    const rows = page.locator('[data-testid="caseload"] tbody tr');
    await rows.first().waitFor();
    const expected = await sys.query('af-t01', '{ team(id: "T01") { caseload(first: 500) { id } } }');
    expect(await rows.count()).toBe(expected.data.team.caseload.length);
    await expect(page.locator('[data-testid="caseload"] thead').innerText()).resolves.toContain('Nästa uppföljning');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
    await shot('01-caseload-af-t01');
  });

  it("shows P-DEMO0001's plan with every agency's lane of interventions, parallel ones marked", async () => {
    // The caseload's own link to the plan (the list of follow-ups due links to the person's employer work).
    await page.getByRole('link', { name: 'P-DEMO0001', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /P-DEMO0001/ }).waitFor();
    await page.locator('[data-testid="lane-REGION"] [data-testid="intervention"]').first().waitFor();
    const api = await sys.query('af-t01', PLAN, { id: 'P-DEMO0001' });
    const items: Array<{ intervention: { id: string; agency: string }; parallel: { count: number; ids: string[] } }> =
      api.data.participant.jointPlan.items;
    expect(api.data.participant.jointPlan.itemCount).toBe(items.length);
    expect(api.data.participant.jointPlan.withheld).toEqual([]);
    for (const agency of AGENCIES) {
      const lane = page.locator(`[data-testid="lane-${agency}"]`);
      await expect(lane.locator('[data-testid="withheld-notice"]').count()).resolves.toBe(0);
      const bars = await lane.locator('[data-testid="intervention"]').count();
      expect(bars).toBeGreaterThan(0);
      expect(bars).toBe(items.filter((i) => i.intervention.agency === agency).length);
    }
    const parallel = items.filter((i) => i.parallel.count > 0);
    expect(parallel.length).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="intervention"][data-parallel="true"]').count()).resolves.toBe(
      parallel.length,
    );
    // Each marked bar says with how many, as the API counts them.
    const badges = await page.locator('[data-testid="intervention"][data-parallel="true"] .badge').allInnerTexts();
    expect(badges.sort()).toEqual(parallel.map((i) => `∥ parallell med ${i.parallel.count}`).sort());
    // The whole plan is shown: no note of a plan larger than one answer.
    await expect(page.locator('[data-testid="plan-partial"]').count()).resolves.toBe(0);
    await shot('02-plan-P-DEMO0001');
  });

  it('records an intervention: the server validation error is shown at the field, then a valid one joins the AF lane', async () => {
    const lane = page.locator('[data-testid="lane-AF"] [data-testid="intervention"]');
    const before = await lane.count();
    await page.getByLabel('Benämning').fill('Matchning mot lagerjobb');
    await page.getByLabel('Startdatum').fill('2026-05-01');
    await page.getByLabel('Slutdatum').fill('2026-04-01');
    await page.getByRole('button', { name: 'Registrera' }).click();
    const fieldError = page.locator('#f-endDate-error');
    await expect(fieldError.getByText(/BAD_USER_INPUT/).waitFor()).resolves.toBeUndefined();
    expect(await fieldError.innerText()).toMatch(/cannot be before the start date/);
    await expect(page.getByLabel('Slutdatum').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').filter({ hasText: 'Insatsen registrerades inte' }).count()).resolves.toBe(1);
    await shot('03-record-validation-error');

    await page.getByLabel('Slutdatum').fill('2026-08-31');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByText('Insatsen "Matchning mot lagerjobb" är registrerad.').waitFor();
    await page.locator('[data-testid="lane-AF"]').getByText('Matchning mot lagerjobb').first().waitFor();
    expect(await lane.count()).toBe(before + 1);
    await expect(page.locator('#f-endDate-error').innerText()).resolves.toBe('');
  });

  it("shows P-DEMO0002's plan with the other agencies' lanes withheld, notice text included", async () => {
    await page.goto(`${appUrl}#/plan/P-DEMO0002`);
    await page.getByRole('heading', { level: 1, name: /P-DEMO0002/ }).waitFor();
    await page.locator('[data-testid="withheld-notice"]').first().waitFor();
    const api = await sys.query('af-t01', PLAN, { id: 'P-DEMO0002' });
    const withheld: Array<{ agency: string; message: string }> = api.data.participant.jointPlan.withheld;
    expect(withheld.map((w) => w.agency).sort()).toEqual(AGENCIES.filter((a) => a !== 'AF').sort());
    for (const w of withheld) {
      const notice = page.locator(`[data-testid="lane-${w.agency}"] [data-testid="withheld-notice"]`);
      await expect(notice.innerText()).resolves.toContain(w.message);
      await expect(page.locator(`[data-testid="lane-${w.agency}"] [data-testid="intervention"]`).count()).resolves.toBe(
        0,
      );
    }
    await expect(page.locator('[data-testid="lane-AF"] [data-testid="withheld-notice"]').count()).resolves.toBe(0);
    // Another participant's page starts with an empty form.
    await expect(page.getByText('Matchning mot lagerjobb').count()).resolves.toBe(0);
    await shot('04-plan-P-DEMO0002-withheld');
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Joint plan for P-DEMO0002' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(
      page.getByRole('region', { name: 'Försäkringskassan (Social Insurance Agency)' }).getByText('Withheld:').count(),
    ).resolves.toBe(1);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gemensam planering för P-DEMO0002' }).waitFor();
  });

  it('opens the bundled GraphQL IDE, which queries with the signed-in persona', async () => {
    await page.getByRole('link', { name: 'GraphQL-verktyg' }).click();
    await page.locator('.graphiql-container').waitFor();
    // The IDE runs a query only once its editors are set up: press run until the answer shows.
    const answer = page.locator('.result-window').getByText('Amina Haddad');
    for (let i = 0; i < 20 && !(await answer.isVisible()); i++) {
      await page.getByRole('button', { name: /Execute query/ }).click();
      await answer.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    await answer.waitFor();
    await shot('05-graphql-ide');
  });

  it('an analyst sees the report charts, withheld cells in words, and downloads the CSV', async () => {
    await signOut();
    await signIn('analyst');
    await page.getByRole('heading', { level: 1, name: 'Programrapport' }).waitFor();
    const targets = page.getByRole('img', { name: 'Utfall mot mål' });
    await targets.waitFor();
    await expect(targets.locator('g').count()).resolves.toBeGreaterThanOrEqual(5);
    await page.locator('[data-testid="chart-years"]').waitFor();
    await expect(page.locator('[data-testid="chart-years"] text', { hasText: '2026' }).count()).resolves.toBe(1);
    // The small test population leaves cells under five: they read as withheld, in words.
    const withheld = page.locator('td[data-withheld]');
    await withheld.first().waitFor();
    expect(await withheld.first().innerText()).toMatch(/skyddad \(för få\)|ingen att räkna på/);
    await shot('06-report-analyst');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner CSV' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\n').length).toBeGreaterThan(5);
  });

  it('an analyst publishes a correction of a closed period at every agency that publishes, with its reason', async () => {
    await signOut();
    await signIn('analyst');
    await page.getByRole('heading', { level: 1, name: 'Programrapport' }).waitFor();
    // Last year is closed on the servers' day (tests inject it), whatever the browser's clock says.
    const lastYear = String(Number(today().slice(0, 4)) - 1);
    await page.getByLabel('Period', { exact: true }).fill(lastYear);
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.getByLabel('Skäl till rättelsen').fill('Rättade inskrivningsdatum');
    await page.getByRole('button', { name: 'Publicera rättelse' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Publicerad: version \d+\.$/ })
      .waitFor();
    // Arbetsförmedlingen's and Malmö stad's publications, shown on the report, carry the reason.
    const lines = page.locator('ul.publication li');
    await lines.filter({ hasText: 'Arbetsförmedlingen' }).filter({ hasText: 'Rättade inskrivningsdatum' }).waitFor();
    await lines.filter({ hasText: 'Malmö stad' }).filter({ hasText: 'Rättade inskrivningsdatum' }).waitFor();
  });

  it('had no script errors and no blocked resources', () => {
    expect(problems).toEqual([]);
  });
});
