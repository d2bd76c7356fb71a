/**
 * Employer work in the web app, in Debian's Chromium against the whole
 * federation: an employer and its opportunities recorded at AF by keyboard
 * (an organisation number that is not one refused at its field), found in
 * AF's register, recorded at Malmö stad too and shown there with both
 * agencies' records (AF's contact person not to the city); an opportunity
 * closed, a stale close shown as changed by someone else; the ranked
 * opportunities for P-DEMO0001 with their reasons and whose facts they
 * are; a match proposed and taken through presented and interview to
 * hired with the first day of work, another declined with its reason; the
 * follow-up due this week on the caseload page, linking to the person's
 * page, recorded there and gone from the list. Each form by keyboard alone;
 * a double submit sends one Idempotency-Key twice and writes once; every
 * page screenshot and checked with axe-core (WCAG 2.1 A and AA).
 */
import type { Page } from 'playwright-core';
import { addDays, demoOrganisationNumber, today } from '@malmokraften/shared';
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
  typeInto,
  type WebSystem,
} from './support/web';

jest.setTimeout(240_000);

let web: WebSystem;
let page: Page;

/** A number of our own in the demo's group 4, far from the demo's serials. */
const ORG = demoOrganisationNumber(910001);
const PERSON = SHOWCASE.consenting;
/** An occupation no demo opportunity has, wished for by the person: the opportunities of it rank first. */
const OCCUPATION = 'Hamnlagerarbetare';
const DAY_JOB = 'Lagerarbetare, dagtid';
const EVENING_JOB = 'Lagerarbetare, kväll';
const TRUCK = 'Truckförare';

async function afOpportunities(): Promise<
  Array<{ id: string; title: string; status: string; places: number; version: number }>
> {
  const res = await web.sys.query(
    'af-t01',
    `query E($org: ID!) { employer(organisationNumber: $org) { afEmployer { opportunities { id title status places version } } } }`,
    {
      org: ORG,
    },
  );
  return res.data.employer.afEmployer?.opportunities ?? [];
}

async function afMatches(): Promise<Array<any>> {
  const res = await web.sys.query(
    'af-t01',
    `query M($id: ID!) { participant(id: $id) { afMatches { matches { id status proposedOn presentedOn interviewOn hiredOn placementStart declineReason
      opportunity { title } followUps { point dueOn doneOn stillEmployed contactWith } } } } }`,
    { id: PERSON },
  );
  return res.data.participant.afMatches.matches.filter(
    (m: any) => m.opportunity.title === DAY_JOB || m.opportunity.title === EVENING_JOB,
  );
}

beforeAll(async () => {
  web = await startWebSystem();
  page = await web.newPage();
  // What AF knows of the person for matching: the occupation only our employer offers.
  const now = await web.sys.query(
    'af-t01',
    `query P($id: ID!) { participant(id: $id) { afJobSeekerProfile { version } } }`,
    { id: PERSON },
  );
  const profile = await web.sys.query(
    'af-t01',
    `mutation P($input: JobSeekerProfileInput!) { recordAfJobSeekerProfile(input: $input) { version } }`,
    {
      input: {
        participantId: PERSON,
        swedishLevel: 'INTERMEDIATE',
        drivingLicence: false,
        hoursPercent: 75,
        area: 'SODER',
        occupations: [OCCUPATION],
        expectedVersion: now.data?.participant.afJobSeekerProfile?.version ?? null,
      },
    },
  );
  if (profile.errors) throw new Error(JSON.stringify(profile.errors));
});

afterAll(async () => {
  await web?.stop();
});

describeInBrowser('employer work in the browser', () => {
  it('refuses a personnummer as an organisation number at its field, then records the employer, by keyboard alone', async () => {
    await signIn(page, web.appUrl, 'af-t01');
    await page.getByRole('link', { name: 'Arbetsgivare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare och möjligheter' }).waitFor();
    await checkPage(page, 'employer-work-01-register');
    await startAtHeading(page);
    // A sole trader's number is a personnummer: not an organisation.
    await typeInto(page, page.locator('#employer-organisationNumber'), '5503101005');
    await typeInto(page, page.locator('#employer-name'), 'Hamnens Lager och Logistik');
    await chooseByKeyboard(page, page.locator('#employer-sector'), 'TRANSPORT_AND_LOGISTICS');
    await chooseByKeyboard(page, page.locator('#employer-area'), 'SODER');
    await typeInto(page, page.locator('#employer-contactName'), 'Kontakt Personsson');
    await pressButton(page, page.getByRole('button', { name: 'Registrera arbetsgivaren' }));
    await page
      .locator('#employer-organisationNumber-error')
      .getByText(/BAD_USER_INPUT/)
      .waitFor();
    await expect(page.locator('#employer-organisationNumber').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').filter({ hasText: 'Arbetsgivaren registrerades inte' }).count()).resolves.toBe(
      1,
    );
    await checkPage(page, 'employer-work-02-employer-refused');

    await typeInto(page, page.locator('#employer-organisationNumber'), ORG.replace('-', ''));
    await pressButton(page, page.getByRole('button', { name: 'Registrera arbetsgivaren' }));
    await page
      .getByRole('status')
      .getByText(`Arbetsgivaren Hamnens Lager och Logistik (${ORG}) är registrerad.`)
      .waitFor();
    await expect(page.locator('#employer-organisationNumber').getAttribute('aria-invalid')).resolves.toBeNull();
    const res = await web.sys.query(
      'soc-t01',
      `query E($org: ID!) { employer(organisationNumber: $org) { records { agency name sector area contactWithheld } } }`,
      { org: ORG },
    );
    expect(res.data.employer.records).toEqual([
      {
        agency: 'AF',
        name: 'Hamnens Lager och Logistik',
        sector: 'TRANSPORT_AND_LOGISTICS',
        area: 'SODER',
        contactWithheld: true,
      },
    ]);
  });

  it("finds the employer in AF's register and records two opportunities there, by keyboard alone", async () => {
    await startAtHeading(page);
    await typeInto(page, page.locator('#emp-search'), 'hamnens');
    await pressButton(page, page.getByRole('button', { name: 'Sök', exact: true }));
    // The whole register (15 with ours) until the search has answered: then ours only.
    await page
      .getByRole('heading', { level: 2, name: 'Arbetsgivare hos Arbetsförmedlingen: 1', exact: true })
      .waitFor();
    const link = page.getByTestId('employers').getByRole('link', { name: 'Hamnens Lager och Logistik' });
    await expect(page.getByTestId('employers').locator('tbody tr').count()).resolves.toBe(1);
    await pressButton(page, link);
    await page.getByRole('heading', { level: 1, name: `Arbetsgivare ${ORG}: Hamnens Lager och Logistik` }).waitFor();
    await page.getByTestId('record-AF').getByText('Kontakt Personsson').waitFor();

    for (const [title, hours] of [
      [DAY_JOB, '75'],
      [EVENING_JOB, '50'],
    ] as const) {
      await startAtHeading(page);
      await chooseByKeyboard(page, page.locator('#opportunity-type'), 'JOB');
      await typeInto(page, page.locator('#opportunity-title'), title);
      await typeInto(page, page.locator('#opportunity-occupation'), OCCUPATION);
      await typeInto(page, page.locator('#opportunity-hoursPercent'), hours);
      await chooseByKeyboard(page, page.locator('#opportunity-swedishLevel'), 'BASIC');
      await dateByKeyboard(page, page.locator('#opportunity-acquiredOn'), addDays(today(), -30));
      await checkByKeyboard(page, page.locator('#opportunity-drivingLicence'), false);
      await pressButton(page, page.getByRole('button', { name: 'Registrera möjligheten' }));
      await page.getByRole('status').getByText(`Möjligheten "${title}" är registrerad.`).waitFor();
      await page
        .getByTestId('opportunities-AF')
        .locator(`li[data-opportunity="${title}"][data-status="OPEN"]`)
        .waitFor();
    }
    await checkPage(page, 'employer-work-03-employer-opportunities');
    expect((await afOpportunities()).map((o) => [o.title, o.status]).sort()).toEqual([
      [DAY_JOB, 'OPEN'],
      [EVENING_JOB, 'OPEN'],
    ]);
  });

  it("Malmö stad's labour-market unit records the same employer in the city's register: its page shows both agencies' records, AF's contact person not to the city", async () => {
    const ams = await web.context.newPage();
    try {
      await signIn(ams, web.appUrl, 'ams-t01');
      await ams.getByRole('link', { name: 'Arbetsgivare', exact: true }).click();
      await ams.getByRole('heading', { level: 1, name: 'Arbetsgivare och möjligheter' }).waitFor();
      await ams.getByRole('heading', { level: 2, name: 'Registrera en arbetsgivare hos Malmö stad' }).waitFor();
      await startAtHeading(ams);
      await typeInto(ams, ams.locator('#employer-organisationNumber'), ORG);
      await typeInto(ams, ams.locator('#employer-name'), 'Hamnens Lager');
      await chooseByKeyboard(ams, ams.locator('#employer-sector'), 'TRANSPORT_AND_LOGISTICS');
      await chooseByKeyboard(ams, ams.locator('#employer-area'), 'SODER');
      await pressButton(ams, ams.getByRole('button', { name: 'Registrera arbetsgivaren' }));
      await ams.getByRole('status').getByText(`Arbetsgivaren Hamnens Lager (${ORG}) är registrerad.`).waitFor();
      await pressButton(ams, ams.getByRole('link', { name: 'Visa Hamnens Lager' }));
      await ams.getByRole('heading', { level: 1, name: `Arbetsgivare ${ORG}: Hamnens Lager och Logistik` }).waitFor();
      await ams.getByTestId('record-AF').getByText('Visas inte för dig').waitFor();
      await ams.getByTestId('opportunities-AF').locator(`li[data-opportunity="${DAY_JOB}"]`).waitFor();
      await ams.getByTestId('record-MALMO').getByText('Hamnens Lager', { exact: true }).waitFor();
      // The city's staff change only the city's opportunities, and add theirs to the city's record.
      await expect(ams.getByRole('button', { name: `Ändra eller stäng ${DAY_JOB}` }).count()).resolves.toBe(0);
      await ams.getByRole('heading', { level: 2, name: 'Registrera en möjlighet hos Hamnens Lager' }).waitFor();
      await checkPage(ams, 'employer-work-03b-employer-two-agencies');
    } finally {
      await ams.close();
    }
  });

  it('a double submit of an opportunity writes it once: both requests carry the same Idempotency-Key', async () => {
    const sent = graphqlRequests(page);
    await page.locator('#opportunity-title').fill(TRUCK);
    await page.locator('#opportunity-occupation').fill('Truckförare');
    await page.locator('#opportunity-hoursPercent').fill('100');
    // Two submits before the page can disable its button.
    await page.locator('form[aria-labelledby="opportunity-form-title"]').evaluate((form) => {
      (form as unknown as { requestSubmit(): void }).requestSubmit();
      (form as unknown as { requestSubmit(): void }).requestSubmit();
    });
    await page.getByRole('status').getByText(`Möjligheten "${TRUCK}" är registrerad.`).waitFor();
    const adds = sent.filter((r) => r.operation === 'AddAfOpportunity');
    expect(adds).toHaveLength(2);
    expect(adds[0]!.key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(adds[1]!.key).toBe(adds[0]!.key);
    expect((await afOpportunities()).filter((o) => o.title === TRUCK)).toHaveLength(1);
  });

  it('closes an opportunity by keyboard; a stale close shows "changed by someone else" with the opportunity now', async () => {
    const item = page.getByTestId('opportunities-AF').locator(`li[data-opportunity="${TRUCK}"]`);
    await item.waitFor();
    await startAtHeading(page);
    await pressButton(page, page.getByRole('button', { name: `Ändra eller stäng ${TRUCK}` }));
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: `Ändra ${TRUCK}` }) });
    await form.waitFor();
    // Someone else changes the places after the form was opened.
    const truck = (await afOpportunities()).find((o) => o.title === TRUCK)!;
    const other = await web.sys.query(
      'af-t01',
      `mutation C($id: ID!, $input: OpportunityChange!) { changeAfOpportunity(id: $id, input: $input) { version } }`,
      {
        id: truck.id,
        input: { places: 3, expectedVersion: truck.version },
      },
    );
    expect(other.errors).toBeUndefined();
    await chooseByKeyboard(page, form.getByLabel('Status'), 'CLOSED');
    await pressButton(page, form.getByRole('button', { name: 'Spara ändringen' }));
    const conflict = form.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.getAttribute('role')).resolves.toBe('alert');
    await expect(conflict.innerText()).resolves.toContain('Ändrad av någon annan sedan du öppnade den.');
    await conflict.getByText(`Nu: ${TRUCK}, Öppen, 3 platser.`).waitFor();
    expect((await afOpportunities()).find((o) => o.title === TRUCK)!.status).toBe('OPEN');
    // What the person did not touch shows what is stored now; their own change stays to be sent again.
    await expect(form.getByLabel('Antal platser').inputValue()).resolves.toBe('3');
    await expect(form.getByLabel('Status').inputValue()).resolves.toBe('CLOSED');
    await checkPage(page, 'employer-work-04-opportunity-conflict');
    // Made again on what is stored now, it is saved.
    await pressButton(page, form.getByRole('button', { name: 'Spara ändringen' }));
    await form.getByRole('status').getByText(`Ändringen av "${TRUCK}" är sparad.`).waitFor();
    await page
      .getByTestId('opportunities-AF')
      .locator(`li[data-opportunity="${TRUCK}"][data-status="CLOSED"]`)
      .waitFor();
    // Only the close was sent: the places someone else set are kept.
    expect((await afOpportunities()).find((o) => o.title === TRUCK)).toMatchObject({ status: 'CLOSED', places: 3 });
  });

  it('shows P-DEMO0001 the open opportunities ranked with their reasons and whose facts they are', async () => {
    await page.goto(`${web.appUrl}#/plan/${PERSON}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(PERSON) }).waitFor();
    await page.getByRole('link', { name: 'Arbetsgivare och matchning' }).click();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`Arbetsgivare och matchning för ${PERSON}`) })
      .waitFor();
    const ranking = page.getByTestId('ranking');
    await ranking.waitFor();
    const titles = await ranking
      .locator(':scope > li')
      .evaluateAll((lis) =>
        lis.map((li) => (li as unknown as { dataset: { opportunity: string } }).dataset.opportunity),
      );
    // The two that offer the occupation she wishes for come first; the closed one is not ranked.
    expect(titles.slice(0, 2).sort()).toEqual([DAY_JOB, EVENING_JOB]);
    expect(titles).not.toContain(TRUCK);
    const day = ranking.locator(`li[data-opportunity="${DAY_JOB}"]`);
    await day.getByText(/Ett önskat yrke.*\(uppgift från Arbetsförmedlingen\)/).waitFor();
    await day.getByText(/Svenskan räcker.*\(uppgift från Arbetsförmedlingen\)/).waitFor();
    await expect(page.getByTestId('basis').innerText()).resolves.toContain('önskade yrken (Arbetsförmedlingen)');
    await checkPage(page, 'employer-work-05-ranking');
  });

  it('records a match by keyboard from proposed through presented and interview to hired, and another declined with its reason', async () => {
    const title = (t: string) => page.getByRole('heading', { name: `Nästa steg för ${t}` });
    await startAtHeading(page);
    await dateByKeyboard(page, page.locator('#propose-proposedOn'), addDays(today(), -20));
    await pressButton(page, page.getByRole('button', { name: `Föreslå ${DAY_JOB}` }));
    await page.getByRole('status').getByText(`Personen är föreslagen till "${DAY_JOB}".`).waitFor();
    await title(DAY_JOB).waitFor();
    await startAtHeading(page);
    await pressButton(page, page.getByRole('button', { name: `Föreslå ${EVENING_JOB}` }));
    await title(EVENING_JOB).waitFor();

    const form = page.locator('form').filter({ has: title(DAY_JOB) });
    const field = (name: string) => form.locator(`[id$="-${name}"]`);
    for (const [step, on] of [
      ['PRESENTED', addDays(today(), -18)],
      ['INTERVIEW', addDays(today(), -16)],
    ] as const) {
      await startAtHeading(page);
      await chooseByKeyboard(page, field('step'), step);
      await dateByKeyboard(page, field('on'), on);
      await pressButton(page, form.getByRole('button', { name: `Registrera steget för ${DAY_JOB}` }));
      await page.locator(`li[data-match="${DAY_JOB}"][data-status="${step}"]`).waitFor();
    }
    await startAtHeading(page);
    await chooseByKeyboard(page, field('step'), 'HIRED');
    await dateByKeyboard(page, field('on'), addDays(today(), -15));
    await typeInto(page, field('note'), 'Börjar på dagskiftet.');
    // The first day of work is needed: the agency says so at the field.
    await pressButton(page, form.getByRole('button', { name: `Registrera steget för ${DAY_JOB}` }));
    await form
      .locator('[id$="-placementStart-error"]')
      .getByText(/BAD_USER_INPUT/)
      .waitFor();
    await expect(field('placementStart').getAttribute('aria-invalid')).resolves.toBe('true');
    await checkPage(page, 'employer-work-06-hire-needs-start');
    await dateByKeyboard(page, field('placementStart'), addDays(today(), -14));
    await pressButton(page, form.getByRole('button', { name: `Registrera steget för ${DAY_JOB}` }));
    await page.locator(`li[data-match="${DAY_JOB}"][data-status="HIRED"]`).waitFor();

    const evening = page.locator('form').filter({ has: title(EVENING_JOB) });
    await startAtHeading(page);
    await chooseByKeyboard(page, evening.locator('[id$="-step"]'), 'DECLINED');
    await chooseByKeyboard(page, evening.locator('[id$="-declineReason"]'), 'EMPLOYER_DECLINED');
    await pressButton(page, evening.getByRole('button', { name: `Registrera steget för ${EVENING_JOB}` }));
    await page
      .locator(`li[data-match="${EVENING_JOB}"][data-status="DECLINED"]`)
      .getByText('Arbetsgivaren tackade nej')
      .waitFor();
    await checkPage(page, 'employer-work-07-matches');

    const matches = await afMatches();
    const hired = matches.find((m) => m.opportunity.title === DAY_JOB);
    expect(hired).toMatchObject({
      status: 'HIRED',
      proposedOn: addDays(today(), -20),
      presentedOn: addDays(today(), -18),
      interviewOn: addDays(today(), -16),
      hiredOn: addDays(today(), -15),
      placementStart: addDays(today(), -14),
    });
    expect(hired.followUps.map((f: any) => [f.point, f.doneOn])).toEqual([
      ['TWO_WEEKS', null],
      ['THREE_MONTHS', null],
      ['SIX_MONTHS', null],
    ]);
    expect(matches.find((m) => m.opportunity.title === EVENING_JOB)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'EMPLOYER_DECLINED',
    });
  });

  it('lists the follow-up due this week on the caseload page, linking to the person’s page, where it is recorded by keyboard and leaves the list', async () => {
    await page.getByRole('link', { name: 'Ärenden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teamets ärenden' }).waitFor();
    const due = page.getByTestId('follow-ups-due');
    const row = due.locator('tbody tr').filter({ hasText: DAY_JOB });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(
      new RegExp(
        `${PERSON}[\\s\\S]*Efter två veckor[\\s\\S]*${DAY_JOB}[\\s\\S]*Hamnens Lager och Logistik[\\s\\S]*Arbetsförmedlingen`,
      ),
    );
    await checkPage(page, 'employer-work-08-caseload-due');
    await startAtHeading(page);
    await pressButton(page, row.getByRole('link', { name: `Arbetsgivare och matchning för ${PERSON}` }));
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`Arbetsgivare och matchning för ${PERSON}`) })
      .waitFor();

    const placement = page.locator('[data-testid^="placement-"]').filter({ hasText: DAY_JOB });
    await placement
      .locator('tr[data-point="TWO_WEEKS"]')
      .getByText('ska göras den här veckan', { exact: false })
      .waitFor();
    const form = placement.locator('form');
    await startAtHeading(page);
    const twoWeeks = await form
      .locator('[id$="-followUpId"] option', { hasText: 'Efter två veckor' })
      .getAttribute('value');
    await chooseByKeyboard(page, form.locator('[id$="-followUpId"]'), twoWeeks!);
    await dateByKeyboard(page, form.locator('[id$="-doneOn"]'), today());
    await chooseByKeyboard(page, form.locator('[id$="-contactWith"]'), 'BOTH');
    await typeInto(page, form.locator('[id$="-note"]'), 'Trivs och vill fortsätta.');
    await checkByKeyboard(page, form.locator('[id$="-stillEmployed-true"]'), true);
    await pressButton(page, form.getByRole('button', { name: `Registrera uppföljningen för ${DAY_JOB}` }));
    await form.getByRole('status').getByText('Uppföljningen "Efter två veckor" är registrerad.').waitFor();
    await placement
      .locator('tr[data-point="TWO_WEEKS"][data-done="true"]')
      .getByText(/kontakt med deltagaren och arbetsgivaren, har kvar arbetet/)
      .waitFor();
    await checkPage(page, 'employer-work-09-follow-up-recorded');
    const hired = (await afMatches()).find((m) => m.opportunity.title === DAY_JOB);
    expect(hired.followUps[0]).toMatchObject({
      point: 'TWO_WEEKS',
      doneOn: today(),
      stillEmployed: true,
      contactWith: 'BOTH',
    });

    await page.getByRole('link', { name: 'Ärenden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teamets ärenden' }).waitFor();
    await page.locator('#due-title').waitFor();
    // Fetched again: the recorded follow-up is no longer due.
    await page
      .getByTestId('follow-ups-due')
      .locator('tbody tr')
      .filter({ hasText: DAY_JOB })
      .waitFor({ state: 'detached' });
    const left = await web.sys.query(
      'af-t01',
      `{ team(id: "T01") { placementFollowUpsDue { items { opportunityTitle } } } }`,
    );
    expect(left.data.team.placementFollowUpsDue.items.map((i: any) => i.opportunityTitle)).not.toContain(DAY_JOB);
  });

  it('works in English too, and nothing is wider than a phone’s screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${web.appUrl}#/work/${PERSON}`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`Employers and matching for ${PERSON}`) }).waitFor();
      await page.getByTestId('ranking').waitFor();
      const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
      expect((widths as number[])[0]).toBeLessThanOrEqual((widths as number[])[1]!);
      await checkPage(page, 'employer-work-10-phone-english');
      await page.goto(`${web.appUrl}#/employers/${ORG}`);
      await page.getByRole('heading', { level: 1, name: `Employer ${ORG}: Hamnens Lager och Logistik` }).waitFor();
      const wide = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
      expect((wide as number[])[0]).toBeLessThanOrEqual((wide as number[])[1]!);
      await checkPage(page, 'employer-work-11-employer-phone');
    } finally {
      await page.getByRole('button', { name: 'Svenska' }).click();
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('had no script errors', () => {
    expect(web.problems).toEqual([]);
  });
});
