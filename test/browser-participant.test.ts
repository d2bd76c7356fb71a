/**
 * "Min plan" in Debian's Chromium on a phone-sized screen: the person
 * (persona `participant`, P-DEMO0001) sees their own plan in plain
 * Swedish, their contacts, the consents they have given and who has read
 * their records and why; they withdraw a consent by keyboard alone, and
 * a caseworker's open plan no longer shows that agency's part on reload.
 * Each page is screenshot and checked with axe-core.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AGENCIES } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import {
  ARTIFACTS,
  checkPage,
  describeInBrowser,
  pressButton,
  signIn,
  startAtHeading,
  startWebSystem,
  tabTo,
  type WebSystem,
} from './support/web';

jest.setTimeout(180_000);

let web: WebSystem;
let person: Page;
let caseworker: Page;
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  web = await startWebSystem();
  person = await web.newPage({ viewport: PHONE });
});

afterAll(async () => {
  await web?.stop();
});

async function fitsTheScreen(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => {
    const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
    return [g.document.documentElement.scrollWidth, g.innerWidth];
  });
  expect(scroll).toBeLessThanOrEqual(width);
}

describeInBrowser('Min plan in the browser', () => {
  it('a caseworker reads the plan first: every agency part is there with the consents', async () => {
    caseworker = await web.context.newPage();
    await signIn(caseworker, web.appUrl, 'af-t01');
    await caseworker.goto(`${web.appUrl}#/plan/${SHOWCASE.consenting}`);
    await caseworker.locator('[data-testid="lane-REGION"] [data-testid="intervention"]').first().waitFor();
    await expect(caseworker.locator('[data-testid="withheld-notice"]').count()).resolves.toBe(0);
  });

  it('shows the person their plan in plain Swedish on a phone: now, next, contacts, consents, who read and why', async () => {
    await signIn(person, web.appUrl, 'participant');
    await person.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
    const now = person.getByTestId('my-now-list').locator('li');
    await now.first().waitFor();
    // One intervention running now at each agency.
    await expect(now.count()).resolves.toBe(AGENCIES.length);
    for (const agency of ['Arbetsförmedlingen', 'Malmö stad', 'Försäkringskassan', 'Region Skåne'])
      await now
        .filter({ hasText: `hos ${agency}` })
        .first()
        .waitFor();
    await expect(now.first().innerText()).resolves.toMatch(/procent av heltid\. Den pågår till och med/);
    const next = person.getByTestId('my-next-list');
    await next.getByText(/Du har ett möte med ditt team/).waitFor();
    await next
      .getByText(/Den börjar/)
      .first()
      .waitFor();
    const contacts = person.getByTestId('my-contacts-list');
    await contacts.getByText(/Arbetsförmedlingen:.*arbetsförmedlare/).waitFor();
    await contacts.getByText(/Region Skåne:.*vårdsamordnare/).waitFor();
    // The consents, in words: which agency shows what to whom.
    await person
      .getByText(
        'Du har sagt ja till att Region Skåne visar insatser i planen, att myndigheten har uppgifter om dig för Arbetsförmedlingen.',
      )
      .waitFor();
    // Who read: the caseworker a moment ago, with the purpose.
    const log = person.getByTestId('my-log-list');
    await log
      .getByText(/Arbetsförmedlingen, arbetsförmedlare \(af-1001\) läste .* hos Region Skåne\./)
      .first()
      .waitFor();
    await log.getByText('Varför: för att planera tillsammans med dig.').first().waitFor();
    await fitsTheScreen(person);
    // What the person sees first on the phone, and the whole page.
    await person.screenshot({ path: path.join(ARTIFACTS, 'participant-00-min-plan-phone-first-screen.png') });
    await checkPage(person, 'participant-01-min-plan-phone');
  });

  it('the person withdraws a consent by keyboard alone, and the caseworker no longer sees that part on reload', async () => {
    await startAtHeading(person);
    const region = person.getByTestId('consents-REGION');
    const button = region.getByRole('button', { name: 'Ta tillbaka ja till Arbetsförmedlingen' });
    await tabTo(person, button, 200);
    await pressButton(person, button);
    await person.getByText('Samtycket till Arbetsförmedlingen är återkallat. Det gäller från och med nu.').waitFor();
    await region.locator('li[data-state="WITHDRAWN"]').waitFor();
    await expect(region.getByRole('button', { name: 'Ta tillbaka ja till Arbetsförmedlingen' }).count()).resolves.toBe(
      0,
    );
    await fitsTheScreen(person);
    await checkPage(person, 'participant-02-consent-withdrawn');

    // The caseworker's page was open all along: a reload asks again, and the region withholds its part.
    await caseworker.reload();
    await caseworker.locator('[data-testid="lane-REGION"] [data-testid="withheld-notice"]').waitFor();
    await expect(caseworker.locator('[data-testid="lane-REGION"] [data-testid="intervention"]').count()).resolves.toBe(
      0,
    );
    for (const agency of ['AF', 'MALMO', 'FK'])
      await expect(
        caseworker.locator(`[data-testid="lane-${agency}"] [data-testid="withheld-notice"]`).count(),
      ).resolves.toBe(0);
    await checkPage(caseworker, 'participant-03-caseworker-plan-after-withdrawal');
    // The withdrawal is in the person's log as their own change.
    await person.reload();
    await person
      .getByTestId('my-log-list')
      .getByText(/Du ändrade samtycke som togs tillbaka hos Region Skåne\./)
      .first()
      .waitFor();
  });

  it('reads in English too, still on a phone', async () => {
    await person.getByRole('button', { name: 'English' }).click();
    await person.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await person.getByRole('heading', { level: 2, name: 'What happens now' }).waitFor();
    await fitsTheScreen(person);
    await checkPage(person, 'participant-04-my-plan-english');
    await person.getByRole('button', { name: 'Svenska' }).click();
    await person.getByRole('heading', { level: 1, name: 'Min plan' }).waitFor();
  });

  it('had no script errors', () => {
    expect(web.problems).toEqual([]);
  });
});
