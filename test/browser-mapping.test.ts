/**
 * The joint mapping in the web app, in Debian's Chromium against the whole
 * federation: the four agencies' perspectives of a showcase person as each
 * releases them to an arbetsförmedlare (AF's own, the others withheld with
 * their notice); AF's perspective changed by keyboard alone with an
 * Idempotency-Key; an empty text refused at its field; a perspective
 * changed by someone else meanwhile shown as a conflict with what is
 * stored now. The page is screenshot and checked with axe-core.
 */
import type { Page } from 'playwright-core';
import { SHOWCASE } from '@malmokraften/dev';
import {
  checkPage,
  describeInBrowser,
  graphqlRequests,
  pressButton,
  signIn,
  startAtHeading,
  startWebSystem,
  typeInto,
  type WebSystem,
} from './support/web';

jest.setTimeout(240_000);

let web: WebSystem;
let page: Page;
const ID = SHOWCASE.consenting;

/** The GraphQL requests the page sent, with their Idempotency-Key. */
let sent: ReturnType<typeof graphqlRequests> = [];

beforeAll(async () => {
  web = await startWebSystem();
  page = await web.newPage();
  sent = graphqlRequests(page);
});

afterAll(async () => {
  await web?.stop();
});

async function stored(): Promise<{ situation: string; version: number }> {
  const res = await web.sys.query(
    'af-t01',
    `query M($id: ID!) { participant(id: $id) { afMapping { situation version } } }`,
    { id: ID },
  );
  return res.data.participant.afMapping;
}

describeInBrowser('the joint mapping in the browser', () => {
  it('shows each agency’s perspective as it releases it: AF’s own, the others withheld with their notice', async () => {
    await signIn(page, web.appUrl, 'af-t01');
    await page.goto(`${web.appUrl}#/plan/${ID}`);
    await page.getByRole('link', { name: 'Gemensam kartläggning' }).click();
    await page.getByRole('heading', { level: 1, name: `Gemensam kartläggning för ${ID}` }).waitFor();
    await page.getByTestId('mapping-AF').getByText('Erfarenhet av butik och lager; noggrann och punktlig.').waitFor();
    for (const agency of ['MALMO', 'FK', 'REGION']) {
      await expect(page.getByTestId(`mapping-${agency}`).innerText()).resolves.toContain(
        'Nothing is shown here, whether or not records exist.',
      );
    }
    await expect(page.locator('#mapping-abilities').inputValue()).resolves.toBe(
      'Erfarenhet av butik och lager; noggrann och punktlig.',
    );
    await checkPage(page, 'mapping-01-perspectives');
  });

  it('refuses an empty text at its field, announced, and stores nothing', async () => {
    const before = await stored();
    await startAtHeading(page);
    await typeInto(page, page.locator('#mapping-wishes'), '');
    await pressButton(page, page.getByRole('button', { name: 'Spara kartläggningen' }));
    await page
      .locator('#mapping-wishes-error')
      .getByText(/BAD_USER_INPUT/)
      .waitFor();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('Kartläggningen sparades inte.');
    await expect(page.locator('#mapping-wishes').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await stored()).toEqual(before);
    await checkPage(page, 'mapping-02-error');
  });

  it('changes AF’s perspective by keyboard alone, on the version read, with an Idempotency-Key', async () => {
    const before = await stored();
    await startAtHeading(page);
    await typeInto(page, page.locator('#mapping-wishes'), 'Arbete i en butik nära hemmet.');
    await typeInto(page, page.locator('#mapping-situation'), 'Har börjat söka arbete i handeln igen.');
    await pressButton(page, page.getByRole('button', { name: 'Spara kartläggningen' }));
    await page.getByText('Kartläggningen är sparad.').waitFor();
    await page.getByTestId('mapping-AF').getByText('Har börjat söka arbete i handeln igen.').waitFor();
    expect(await stored()).toEqual({
      situation: 'Har börjat söka arbete i handeln igen.',
      version: before.version + 1,
    });
    const writes = sent.filter((s) => s.operation === 'RecordAfMapping');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (const w of writes) expect(w.key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
  });

  it('shows a perspective changed by someone else meanwhile as a conflict with what is stored now; made again, it is saved', async () => {
    const now = await stored();
    const other = await web.sys.query(
      'af-sius',
      `mutation M($input: MappingInput!) { recordAfMapping(input: $input) { version } }`,
      {
        input: {
          participantId: ID,
          situation: 'Ändrat av en kollega efter mötet.',
          abilities: 'Noggrann.',
          wishes: 'Handel.',
          obstacles: 'Inga just nu.',
          expectedVersion: now.version,
        },
      },
    );
    expect(other.errors).toBeUndefined();
    await startAtHeading(page);
    await typeInto(page, page.locator('#mapping-obstacles'), 'Behöver barnomsorg tidiga morgnar.');
    await pressButton(page, page.getByRole('button', { name: 'Spara kartläggningen' }));
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.getAttribute('role')).resolves.toBe('alert');
    await expect(conflict.innerText()).resolves.toContain('Ändrad av någon annan sedan du öppnade den.');
    await conflict.getByText('Ändrat av en kollega efter mötet.').waitFor();
    expect((await stored()).situation).toBe('Ändrat av en kollega efter mötet.');
    await checkPage(page, 'mapping-03-conflict');
    await pressButton(page, page.getByRole('button', { name: 'Spara kartläggningen' }));
    await page.getByText('Kartläggningen är sparad.').waitFor();
    expect(await stored()).toEqual({ situation: 'Har börjat söka arbete i handeln igen.', version: now.version + 2 });
  });
});
