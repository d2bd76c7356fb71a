/**
 * The caseworker's day in the web app, in Debian's Chromium against the
 * whole federation: enrolment (the eligibility reasons at their fields,
 * then a team), registration at Malmö stad, a consent recorded and
 * withdrawn, the goal, follow-up meetings booked and recorded, an
 * intervention added, changed and ended, the discharge. Each form is used
 * by keyboard alone; each page is screenshot and checked with axe-core.
 * A double submit writes once (same Idempotency-Key), a submit whose
 * answer was lost is sent again with the same key and writes once, and a
 * stale edit shows the conflict with the state now.
 */
import type { Page } from 'playwright-core';
import { addDays, today } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import {
  checkByKeyboard,
  checkPage,
  chooseByKeyboard,
  dateByKeyboard,
  describeInBrowser,
  graphqlRequests,
  pressButton,
  signIn,
  startAtHeading,
  startWebSystem,
  tabTo,
  typeInto,
  type WebSystem,
} from './support/web';

jest.setTimeout(240_000);

let web: WebSystem;
let page: Page;
/** The participant this file enrols. */
let enrolled = '';

/** A valid personnummer of someone born on `birth` (YYYY-MM-DD), with a serial of our own. */
function personnummer(birth: string, serial: number): string {
  const nine = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${String(serial).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${birth.slice(0, 2)}${nine}${(10 - (sum % 10)) % 10}`;
}

const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4, 7)}-15`;

async function afInterventions(
  id: string,
): Promise<Array<{ id: string; title: string; status: string; version: number }>> {
  const res = await web.sys.query(
    'af-t01',
    `query P($id: ID!) { participant(id: $id) { afPlanPart { interventions { id title status version } } } }`,
    { id },
  );
  return res.data.participant.afPlanPart.interventions;
}

beforeAll(async () => {
  web = await startWebSystem();
  page = await web.newPage();
});

afterAll(async () => {
  await web?.stop();
});

describeInBrowser('the way of working in the browser', () => {
  it('shows why a person cannot be enrolled, each reason at its field, by keyboard alone', async () => {
    await signIn(page, web.appUrl, 'af-t01');
    await page.getByRole('link', { name: 'Skriv in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Skriv in en deltagare' }).waitFor();
    await startAtHeading(page);
    await typeInto(page, page.locator('#enrol-personnummer'), personnummer(yearsBefore(today(), 25), 417));
    await typeInto(page, page.locator('#enrol-firstName'), 'Sara');
    await typeInto(page, page.locator('#enrol-lastName'), 'Lind');
    await chooseByKeyboard(page, page.locator('#enrol-gender'), 'WOMAN');
    await typeInto(page, page.locator('#enrol-monthsWithoutWork'), '6');
    await checkByKeyboard(page, page.locator('#enrol-residentInMalmo'), false);
    await pressButton(page, page.getByRole('button', { name: 'Skriv in', exact: true }));
    const box = page.getByTestId('eligibility');
    await box.waitFor();
    await expect(box.getAttribute('role')).resolves.toBe('alert');
    const text = await box.innerText();
    expect(text).toContain('Programmet är för personer som bor i Malmö.');
    expect(text).toContain('Programmet är för personer över 30 år.');
    expect(text).toContain('minst 12 månader');
    for (const field of ['personnummer', 'monthsWithoutWork', 'residentInMalmo']) {
      await expect(page.locator(`#enrol-${field}`).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator(`#enrol-${field}-error`).innerText()).resolves.toMatch(/NOT_ELIGIBLE/);
    }
    await checkPage(page, 'caseworker-01-enrol-not-eligible');
  });

  it('enrols an eligible person and assigns a team, by keyboard alone', async () => {
    await startAtHeading(page);
    await typeInto(page, page.locator('#enrol-personnummer'), personnummer(yearsBefore(today(), 41), 418));
    await typeInto(page, page.locator('#enrol-monthsWithoutWork'), '24');
    await checkByKeyboard(page, page.locator('#enrol-residentInMalmo'), true);
    await chooseByKeyboard(page, page.locator('#enrol-entryRoute'), 'SOCIAL_SERVICES');
    await checkByKeyboard(page, page.locator('#enrol-socialAssistanceAtEnrolment'), true);
    await pressButton(page, page.getByRole('button', { name: 'Skriv in', exact: true }));
    const done = page.getByRole('status').filter({ hasText: 'Personen är inskriven med deltagar-id' });
    await done.waitFor();
    enrolled = /P-[0-9A-Z]{8}/.exec(await done.innerText())![0];
    await chooseByKeyboard(page, page.locator('#assign-teamId'), 'T01');
    await pressButton(page, page.getByRole('button', { name: 'Tilldela team' }));
    await page.getByText('Deltagaren tillhör nu team T01').waitFor();
    await checkPage(page, 'caseworker-02-enrol-assigned');
    const res = await web.sys.query(
      'af-t01',
      `query P($id: ID!) { participant(id: $id) { name programme { status team { id } entryRoute } } }`,
      { id: enrolled },
    );
    expect(res.data.participant).toMatchObject({
      name: 'Sara Lind',
      programme: { status: 'ENROLLED', team: { id: 'T01' }, entryRoute: 'SOCIAL_SERVICES' },
    });
    await page.getByRole('link', { name: `Öppna planen för ${enrolled}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(enrolled) }).waitFor();
    await checkPage(page, 'caseworker-03-plan-new-participant');
  });

  it('registers the person at Malmö stad as their socialsekreterare, by keyboard alone', async () => {
    const soc = await web.context.newPage();
    try {
      await signIn(soc, web.appUrl, 'soc-t01');
      await soc.getByRole('link', { name: 'Registrera', exact: true }).click();
      await soc.getByRole('heading', { level: 1, name: 'Registrera en deltagare hos Malmö stad' }).waitFor();
      await startAtHeading(soc);
      await typeInto(soc, soc.locator('#register-participantId'), enrolled);
      await typeInto(soc, soc.locator('#register-personnummer'), personnummer(yearsBefore(today(), 41), 418));
      await typeInto(soc, soc.locator('#register-firstName'), 'Sara');
      await typeInto(soc, soc.locator('#register-lastName'), 'Lind');
      await chooseByKeyboard(soc, soc.locator('#register-teamId'), 'T01');
      await pressButton(soc, soc.getByRole('button', { name: 'Registrera', exact: true }));
      await soc.getByText(`Deltagaren ${enrolled} är registrerad.`).waitFor();
      await checkPage(soc, 'caseworker-04-register-malmo');
      // The same person again: the agency says so, at the field.
      await startAtHeading(soc);
      await typeInto(soc, soc.locator('#register-participantId'), enrolled);
      await typeInto(soc, soc.locator('#register-personnummer'), personnummer(yearsBefore(today(), 41), 418));
      await typeInto(soc, soc.locator('#register-firstName'), 'Sara');
      await typeInto(soc, soc.locator('#register-lastName'), 'Lind');
      await pressButton(soc, soc.getByRole('button', { name: 'Registrera', exact: true }));
      await expect(
        soc
          .locator('#register-personnummer-error')
          .getByText(/ALREADY_REGISTERED/)
          .waitFor(),
      ).resolves.toBeUndefined();
      const assigned = await web.sys.subgraphs.MALMO.dataSource.query(
        'SELECT officer_id, role FROM assignment WHERE participant_id = $1',
        [enrolled],
      );
      expect(assigned).toEqual([{ officer_id: 'malmo-2001', role: 'SOCIALSEKRETERARE' }]);
    } finally {
      await soc.close();
    }
  });

  it.each([
    ['fk-utredare', 'Försäkringskassan', 'FK'],
    ['region-vsam', 'Region Skåne', 'REGION'],
  ] as const)('%s registers the person at %s, by keyboard alone', async (persona, name, agency) => {
    const other = await web.context.newPage();
    try {
      await signIn(other, web.appUrl, persona);
      await other.getByRole('link', { name: 'Registrera', exact: true }).click();
      await other.getByRole('heading', { level: 1, name: `Registrera en deltagare hos ${name}` }).waitFor();
      await startAtHeading(other);
      await typeInto(other, other.locator('#register-participantId'), enrolled);
      await typeInto(other, other.locator('#register-personnummer'), personnummer(yearsBefore(today(), 41), 418));
      await typeInto(other, other.locator('#register-firstName'), 'Sara');
      await typeInto(other, other.locator('#register-lastName'), 'Lind');
      await pressButton(other, other.getByRole('button', { name: 'Registrera', exact: true }));
      await other.getByText(`Deltagaren ${enrolled} är registrerad.`).waitFor();
      await checkPage(other, `caseworker-04-register-${agency.toLowerCase()}`);
      const held = await web.sys.subgraphs[agency].dataSource.query(
        'SELECT id, team_id FROM participant WHERE id = $1',
        [enrolled],
      );
      expect(held).toEqual([{ id: enrolled, team_id: 'T01' }]);
    } finally {
      await other.close();
    }
  });

  it('records a consent and withdraws it, by keyboard alone; consents of other agencies are not shown', async () => {
    await page.getByRole('link', { name: 'Samtycken' }).click();
    await page.getByRole('heading', { level: 1, name: `Samtycken för ${enrolled}` }).waitFor();
    await startAtHeading(page);
    await chooseByKeyboard(page, page.locator('#consent-recipient'), 'REGION');
    await dateByKeyboard(page, page.locator('#consent-validFrom'), today());
    await checkByKeyboard(page, page.locator('#consent-category-INTERVENTIONS'), true);
    await pressButton(page, page.getByRole('button', { name: 'Registrera samtycke' }));
    await page.getByText('Samtycket till Region Skåne är registrerat.').waitFor();
    await page.getByTestId('consents-AF').locator('tbody tr[data-state="ACTIVE"]').waitFor();
    await expect(page.locator('#consents-MALMO-title').locator('..').innerText()).resolves.toContain(
      'Visas inte för dig.',
    );
    await checkPage(page, 'caseworker-05-consents');
    await pressButton(page, page.getByRole('button', { name: 'Återkalla samtycket till Region Skåne' }));
    await page.getByText('Samtycket till Region Skåne är återkallat.').waitFor();
    await page.getByTestId('consents-AF').locator('tbody tr[data-state="WITHDRAWN"]').waitFor();
    const res = await web.sys.query(
      'af-t01',
      `query P($id: ID!) { participant(id: $id) { afConsents { recipient categories state } } }`,
      { id: enrolled },
    );
    expect(res.data.participant.afConsents).toEqual([
      { recipient: 'REGION', categories: ['INTERVENTIONS'], state: 'WITHDRAWN' },
    ]);
  });

  it('sets the goal by keyboard, and a goal changed meanwhile shows the conflict with the goal now', async () => {
    await page.getByRole('link', { name: 'Tillbaka till planen' }).click();
    await page.getByRole('link', { name: 'Mål, uppföljningsmöten och utskrivning' }).click();
    await page.getByRole('heading', { level: 1, name: `Mål, uppföljning och utskrivning för ${enrolled}` }).waitFor();
    await startAtHeading(page);
    await tabTo(page, page.locator('#goal-type-WORK'));
    await page.keyboard.press('Space');
    await typeInto(page, page.locator('#goal-description'), 'Lagerarbete på heltid');
    await pressButton(page, page.getByRole('button', { name: 'Spara målet' }));
    await page.getByText('Målet är sparat.').waitFor();
    await page.getByTestId('goal').getByText('Arbete: Lagerarbete på heltid').waitFor();

    // Someone else sets another goal after this page was read.
    const other = await web.sys.query(
      'af-t01',
      `mutation { setPlanGoal(participantId: "${enrolled}", goal: STUDIES, description: "Komvux i svenska") { id } }`,
    );
    expect(other.errors).toBeUndefined();
    await typeInto(page, page.locator('#goal-description'), 'Lagerarbete på deltid');
    await pressButton(page, page.getByRole('button', { name: 'Spara målet' }));
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.getAttribute('role')).resolves.toBe('alert');
    await expect(conflict.innerText()).resolves.toContain('Ändrad av någon annan sedan du öppnade den.');
    await conflict.getByText('Målet nu: Studier: Komvux i svenska').waitFor();
    await checkPage(page, 'caseworker-06-goal-conflict');
    // Made again on what is stored now, it is saved.
    await pressButton(page, page.getByRole('button', { name: 'Spara målet' }));
    await page.getByText('Målet är sparat.').waitFor();
    await page.getByTestId('goal').getByText('Arbete: Lagerarbete på deltid').waitFor();
  });

  it('books a follow-up meeting and records it as held, by keyboard alone', async () => {
    const day = addDays(today(), 2);
    await dateByKeyboard(page, page.locator('#followup-scheduledAt'), day);
    await typeInto(page, page.locator('#followup-agenda'), 'Första uppföljningen');
    await pressButton(page, page.getByRole('button', { name: 'Boka mötet' }));
    await page.getByText(/Mötet .* är bokat\./).waitFor();
    const rows = page.getByTestId('followups').locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await pressButton(page, page.getByRole('button', { name: /Registrera mötet .* som genomfört/ }));
    await page.getByText('Mötet är registrerat som genomfört.').waitFor();
    await page.getByTestId('followups').locator('tbody tr[data-held="true"]').waitFor();
    await checkPage(page, 'caseworker-07-follow-up');
    const res = await web.sys.query(
      'af-t01',
      `query P($id: ID!) { participant(id: $id) { programme { followUps { agenda heldAt scheduledAt } } } }`,
      { id: enrolled },
    );
    expect(res.data.participant.programme.followUps).toEqual([
      expect.objectContaining({ agenda: 'Första uppföljningen', heldAt: expect.any(String) }),
    ]);
  });

  it('a double submit of an intervention writes it once: both requests carry the same Idempotency-Key', async () => {
    await page.goto(`${web.appUrl}#/plan/${SHOWCASE.consenting}`);
    await page.getByRole('heading', { level: 1, name: /P-DEMO0001/ }).waitFor();
    const sent = graphqlRequests(page);
    await page.getByLabel('Benämning').fill('Dubbelklickad matchning');
    await page.getByLabel('Startdatum').fill(addDays(today(), 10));
    await page.getByLabel('Slutdatum').fill(addDays(today(), 40));
    // Two submits before the page can disable its button.
    await page.locator('form.record').evaluate((form) => {
      (form as unknown as { requestSubmit(): void }).requestSubmit();
      (form as unknown as { requestSubmit(): void }).requestSubmit();
    });
    await page.getByText('Insatsen "Dubbelklickad matchning" är registrerad.').waitFor();
    const adds = sent.filter((r) => r.operation === 'AddAfIntervention');
    expect(adds).toHaveLength(2);
    expect(adds[0]!.key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(adds[1]!.key).toBe(adds[0]!.key);
    expect(
      (await afInterventions(SHOWCASE.consenting)).filter((i) => i.title === 'Dubbelklickad matchning'),
    ).toHaveLength(1);
  });

  it('a submit whose answer was lost is sent again with the same key and writes once; a new change gets a new key', async () => {
    const sent = graphqlRequests(page);
    let cut = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (cut && body.includes('AddAfIntervention')) {
        cut = false;
        // The agency stores it; the answer never reaches the browser.
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    try {
      await page.getByLabel('Benämning').fill('Matchning utan svar');
      await page.getByLabel('Startdatum').fill(addDays(today(), 12));
      await page.getByRole('button', { name: 'Registrera', exact: true }).click();
      await page.getByText('Ändringen kanske inte sparades. Skicka igen').waitFor();
      await expect(page.getByRole('alert').filter({ hasText: 'NETWORK' }).count()).resolves.toBe(1);
      await checkPage(page, 'caseworker-08-lost-answer');
      expect(
        (await afInterventions(SHOWCASE.consenting)).filter((i) => i.title === 'Matchning utan svar'),
      ).toHaveLength(1);
      await pressButton(page, page.getByRole('button', { name: 'Registrera', exact: true }));
      await page.getByText('Insatsen "Matchning utan svar" är registrerad.').waitFor();
      expect(
        (await afInterventions(SHOWCASE.consenting)).filter((i) => i.title === 'Matchning utan svar'),
      ).toHaveLength(1);
      const adds = sent.filter((r) => r.operation === 'AddAfIntervention');
      expect(adds).toHaveLength(2);
      expect(adds[1]!.key).toBe(adds[0]!.key);
      // The next intervention is a new change: a new key.
      await page.getByLabel('Benämning').fill('Ännu en matchning');
      await page.getByRole('button', { name: 'Registrera', exact: true }).click();
      await page.getByText('Insatsen "Ännu en matchning" är registrerad.').waitFor();
      const third = sent.filter((r) => r.operation === 'AddAfIntervention')[2]!;
      expect(third.key).not.toBe(adds[0]!.key);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it('adds an intervention by keyboard alone', async () => {
    await startAtHeading(page);
    await chooseByKeyboard(page, page.locator('#f-type'), 'WORK_EXPERIENCE_PLACEMENT');
    await typeInto(page, page.locator('#f-title'), 'Praktik på lager');
    await chooseByKeyboard(page, page.locator('#f-status'), 'PLANNED');
    await dateByKeyboard(page, page.locator('#f-startDate'), addDays(today(), 14));
    await dateByKeyboard(page, page.locator('#f-endDate'), addDays(today(), 60));
    await typeInto(page, page.locator('#f-extentPercent'), '50');
    await pressButton(page, page.getByRole('button', { name: 'Registrera', exact: true }));
    await page.getByText('Insatsen "Praktik på lager" är registrerad.').waitFor();
    await page
      .getByTestId('own-interventions')
      .getByRole('link', { name: 'Ändra eller avsluta Praktik på lager' })
      .waitFor();
    await checkPage(page, 'caseworker-09-plan-own-interventions');
  });

  it('changes the intervention by keyboard; a stale edit shows "changed by someone else" with the state now', async () => {
    await page
      .getByTestId('own-interventions')
      .getByRole('link', { name: 'Ändra eller avsluta Praktik på lager' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ändra insatsen Praktik på lager' }).waitFor();
    await startAtHeading(page);
    await typeInto(page, page.locator('#change-title'), 'Praktik på lager, Malmö');
    await pressButton(page, page.getByRole('button', { name: 'Spara ändringen' }));
    await page.getByText('Ändringen av "Praktik på lager, Malmö" är sparad.').waitFor();
    await page.getByTestId('current-title').getByText('Praktik på lager, Malmö', { exact: true }).waitFor();

    // Another officer changes it after this page was read.
    const stored = (await afInterventions(SHOWCASE.consenting)).find((i) => i.title === 'Praktik på lager, Malmö')!;
    const other = await web.sys.query(
      'af-t01',
      `mutation U($id: ID!) { updateAfIntervention(id: $id, input: { title: "Praktik i butik", expectedVersion: ${stored.version} }) { version } }`,
      { id: stored.id },
    );
    expect(other.errors).toBeUndefined();
    await typeInto(page, page.locator('#change-extentPercent'), '75');
    await pressButton(page, page.getByRole('button', { name: 'Spara ändringen' }));
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain('Ändrad av någon annan sedan du öppnade den.');
    await page
      .getByTestId('conflict-now')
      .getByText(/Nu: "Praktik i butik"/)
      .waitFor();
    await page.getByTestId('current-title').getByText('Praktik i butik', { exact: true }).waitFor();
    await checkPage(page, 'caseworker-10-intervention-conflict');
    const after = (await afInterventions(SHOWCASE.consenting)).find((i) => i.id === stored.id)!;
    expect(after).toMatchObject({ title: 'Praktik i butik', version: stored.version + 1 });
  });

  it('ends the intervention by keyboard, with the version it was opened on', async () => {
    const stored = (await afInterventions(SHOWCASE.consenting)).find((i) => i.title === 'Praktik i butik')!;
    await startAtHeading(page);
    await dateByKeyboard(page, page.locator('#end-endDate'), addDays(today(), 20));
    await chooseByKeyboard(page, page.locator('#end-status'), 'CANCELLED');
    await pressButton(page, page.getByRole('button', { name: 'Avsluta insatsen' }));
    await page.getByText(/Insatsen ".*" är avslutad\./).waitFor();
    const after = (await afInterventions(SHOWCASE.consenting)).find((i) => i.id === stored.id)!;
    expect(after.status).toBe('CANCELLED');
    await checkPage(page, 'caseworker-11-intervention-ended');
  });

  it('discharges the enrolled person with an outcome, by keyboard alone', async () => {
    await page.goto(`${web.appUrl}#/plan/${enrolled}/programme`);
    await page.getByRole('heading', { level: 1, name: `Mål, uppföljning och utskrivning för ${enrolled}` }).waitFor();
    await startAtHeading(page);
    await chooseByKeyboard(page, page.locator('#discharge-outcome'), 'WORK_SUBSIDISED');
    await pressButton(page, page.getByRole('button', { name: 'Skriv ut', exact: true }));
    await page
      .getByTestId('programme-facts')
      .getByText(/Arbete med stöd/)
      .waitFor();
    await checkPage(page, 'caseworker-12-discharged');
    const res = await web.sys.query(
      'af-t01',
      `query P($id: ID!) { participant(id: $id) { programme { status dischargedOn outcome } } }`,
      { id: enrolled },
    );
    expect(res.data.participant.programme).toEqual({
      status: 'DISCHARGED',
      dischargedOn: today(),
      outcome: 'WORK_SUBSIDISED',
    });
  });

  it('had no script errors', () => {
    expect(web.problems).toEqual([]);
  });
});
