/**
 * Employer work end to end through the gateway, against real PostgreSQL:
 * an employer and its opportunities recorded by the agency whose staff
 * acquired them and read by every team as one Employer entity; the
 * opportunities of every agency ranked for a person with reasons, from
 * what the caller may see of the person and nothing else; a match recorded
 * by the agency that owns the opportunity, step by step to a hire, and the
 * follow-ups after the placement on the person's page and the team's list;
 * every write audited, every refusal told as "not available".
 */
import { addDays, demoOrganisationNumber, today } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { systemForFile } from './support/harness';

jest.setTimeout(120_000);

const sys = systemForFile();

async function ok<T = any>(persona: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await sys.query<T>(persona, query, variables);
  if (res.errors?.length || !res.data) throw new Error(`${persona}: ${JSON.stringify(res.errors ?? res)}`);
  return res.data;
}

const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

/** Numbers of our own in the demo's group 4, far from the demo's serials. */
const ORG = demoOrganisationNumber(900001);
const OTHER_ORG = demoOrganisationNumber(900002);

const OPPORTUNITY =
  'id agency employerOrganisationNumber employerName type title occupation hoursPercent area swedishLevel drivingLicence places filledPlaces status acquiredOn filledOn version';
const MATCH = `id agency participantId status proposedOn presentedOn interviewOn hiredOn placementStart placementEndedOn declinedOn declineReason version
  opportunity { id status filledPlaces } followUps { id point dueOn doneOn stillEmployed contactWith closed }`;

const RECORD_EMPLOYER = `mutation E($input: EmployerInput!) { recordAfEmployer(input: $input) { organisationNumber name sector area contact { name phone email } contactWithheld version } }`;
const ADD_OPPORTUNITY = `mutation O($input: OpportunityInput!) { addAfOpportunity(input: $input) { ${OPPORTUNITY} } }`;
const RANKING = `query R($id: ID!, $first: Int) { participant(id: $id) { opportunityRanking(first: $first) {
  count basis { fact agency } unavailable { agency }
  items { score reasons { code points agency detail } opportunity { id agency title } } } } }`;
const STEP = `mutation S($input: MatchStepInput!) { recordAfMatchStep(input: $input) { ${MATCH} } }`;

let fitting = '';
let unfitting = '';

describe('the employer register', () => {
  it('AF staff record an employer with a contact person and an opportunity; every team reads them as one Employer entity', async () => {
    const recorded = await ok('af-t01', RECORD_EMPLOYER, {
      input: {
        organisationNumber: ORG.replace('-', ''),
        name: 'Hamnens Lager och Logistik',
        sector: 'TRANSPORT_AND_LOGISTICS',
        area: 'SODER',
        contactName: 'Kontakt Personsson',
        contactPhone: '040-123 45 67',
        contactEmail: 'rekrytering@example.se',
      },
    });
    expect(recorded.recordAfEmployer).toMatchObject({
      organisationNumber: ORG,
      area: 'SODER',
      contactWithheld: false,
      contact: { name: 'Kontakt Personsson' },
      version: 1,
    });

    const day = today();
    const add = (input: Record<string, unknown>) =>
      ok('af-t01', ADD_OPPORTUNITY, {
        input: { employerOrganisationNumber: ORG, acquiredOn: addDays(day, -30), ...input },
      });
    fitting = (
      await add({
        type: 'JOB',
        title: 'Lagerarbetare, dagtid',
        occupation: 'Lagerarbetare',
        hoursPercent: 75,
        swedishLevel: 'BASIC',
        drivingLicence: false,
      })
    ).addAfOpportunity.id;
    unfitting = (
      await add({
        type: 'JOB',
        title: 'Chaufför, fjärrtrafik',
        occupation: 'Lastbilsförare',
        hoursPercent: 100,
        area: 'OUTSIDE_MALMO',
        swedishLevel: 'FLUENT',
        drivingLicence: true,
      })
    ).addAfOpportunity.id;

    const EMPLOYER = `query E($org: ID!) { employer(organisationNumber: $org) { organisationNumber name
      records { agency name contact { name } contactWithheld opportunities { id title status } } opportunities { id agency } } }`;
    // Malmö's socialsekreterare reads AF's register (not personal data) but not AF's contact person (AF's own staff only).
    const social = (await ok('soc-t01', EMPLOYER, { org: ORG })).employer;
    expect(social).toMatchObject({ organisationNumber: ORG, name: 'Hamnens Lager och Logistik' });
    expect(social.records).toHaveLength(1);
    expect(social.records[0]).toMatchObject({ agency: 'AF', contact: null, contactWithheld: true });
    expect(social.opportunities.map((o: any) => o.id).sort()).toEqual([fitting, unfitting].sort());
    // An AF officer on another team reads the contact person: it is AF's, for AF's staff.
    expect((await ok('af-other', EMPLOYER, { org: ORG })).employer.records[0].contact).toEqual({
      name: 'Kontakt Personsson',
    });

    // The city's labour-market unit records the same employer: one entity, two agencies' records.
    await ok(
      'ams-t01',
      `mutation E($input: EmployerInput!) { recordMalmoEmployer(input: $input) { organisationNumber } }`,
      {
        input: { organisationNumber: ORG, name: 'Hamnens Lager', sector: 'TRANSPORT_AND_LOGISTICS', area: 'SODER' },
      },
    );
    const both = (await ok('soc-t01', EMPLOYER, { org: ORG })).employer;
    expect(both.records.map((r: any) => r.agency)).toEqual(['AF', 'MALMO']);
    expect(both.name).toBe('Hamnens Lager och Logistik');

    // The lists of each agency's register, by name or number.
    const list = await ok(
      'fk-utredare',
      `{ afEmployers(search: "hamnens") { organisationNumber afEmployer { name } } malmoEmployers(search: "${ORG.slice(0, 6)}") { organisationNumber } }`,
    );
    expect(list.afEmployers).toEqual([{ organisationNumber: ORG, afEmployer: { name: 'Hamnens Lager och Logistik' } }]);
    expect(list.malmoEmployers).toEqual([{ organisationNumber: ORG }]);
  });

  it('is not for the funder, auditors or administrators, and only the agency’s own staff record in it', async () => {
    for (const who of ['analyst', 'auditor-af', 'admin-af', 'participant']) {
      const res = await sys.query(who, `{ afEmployers { organisationNumber } }`);
      expect([who, codeOf(res)]).toEqual([who, 'FORBIDDEN']);
      const one = await sys.query(
        who,
        `query E($org: ID!) { employer(organisationNumber: $org) { records { agency } opportunities { id } } }`,
        { org: ORG },
      );
      expect([who, one.data?.employer]).toEqual([who, { records: [], opportunities: [] }]);
    }
    // Malmö's socialsekreterare records nothing in AF's register, nor in the city's (the labour-market unit keeps it).
    const input = { organisationNumber: OTHER_ORG, name: 'Annan Arbetsgivare', sector: 'RETAIL', area: 'NORR' };
    expect(codeOf(await sys.query('soc-t01', RECORD_EMPLOYER, { input }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await sys.query(
          'soc-t01',
          `mutation E($input: EmployerInput!) { recordMalmoEmployer(input: $input) { organisationNumber } }`,
          { input },
        ),
      ),
    ).toBe('FORBIDDEN');
    const none = await ok(
      'af-t01',
      `query E($org: ID!) { employer(organisationNumber: $org) { records { agency } } }`,
      { org: OTHER_ORG },
    );
    expect(none.employer.records).toEqual([]);
  });

  it('holds organisations only: a personnummer (a sole trader), a wrong check digit and the wrong length are refused at the field', async () => {
    for (const organisationNumber of [
      '195503101005',
      '5503101005',
      ORG.replace(/.$/, (d) => String((Number(d) + 1) % 10)),
      '55601',
    ])
      for (const input of [{ organisationNumber, name: 'X', sector: 'RETAIL', area: 'NORR' }]) {
        const res = await sys.query('af-t01', RECORD_EMPLOYER, { input });
        expect([organisationNumber, codeOf(res), res.errors?.[0]?.extensions?.field]).toEqual([
          organisationNumber,
          'BAD_USER_INPUT',
          'organisationNumber',
        ]);
      }
    const opp = await sys.query('af-t01', ADD_OPPORTUNITY, {
      input: {
        employerOrganisationNumber: OTHER_ORG,
        type: 'JOB',
        title: 'X',
        occupation: 'X',
        hoursPercent: 50,
        swedishLevel: 'NONE',
        acquiredOn: today(),
      },
    });
    expect([codeOf(opp), opp.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'employerOrganisationNumber']);
  });
});

describe('ranked matches for a person', () => {
  it('ranks every agency’s open opportunities by what the caller may see of the person, with the reasons and whose facts they are', async () => {
    await ok(
      'af-t01',
      `mutation P($input: JobSeekerProfileInput!) { recordAfJobSeekerProfile(input: $input) { version } }`,
      {
        input: {
          participantId: SHOWCASE.consenting,
          swedishLevel: 'INTERMEDIATE',
          drivingLicence: false,
          hoursPercent: 75,
          area: 'SODER',
          occupations: ['Lagerarbetare'],
        },
      },
    );
    const ranking = (await ok('af-t01', RANKING, { id: SHOWCASE.consenting, first: 100 })).participant
      .opportunityRanking;
    expect(ranking.unavailable).toEqual([]);
    const ids = ranking.items.map((i: any) => i.opportunity.id);
    expect(ids.indexOf(fitting)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(fitting)).toBeLessThan(ids.indexOf(unfitting));
    const best = ranking.items.find((i: any) => i.opportunity.id === fitting);
    const codes = best.reasons.map((r: any) => `${r.code}/${r.agency}`).sort();
    expect(codes).toEqual(
      expect.arrayContaining(['GOAL_WORK/AF', 'OCCUPATION_WISHED/AF', 'SAME_AREA/AF', 'SWEDISH_ENOUGH/AF']),
    );
    expect(best.score).toBe(best.reasons.reduce((s: number, r: any) => s + r.points, 0));
    const worst = ranking.items.find((i: any) => i.opportunity.id === unfitting);
    expect(worst.reasons.map((r: any) => r.code)).toEqual(
      expect.arrayContaining(['LICENCE_MISSING', 'SWEDISH_BELOW', 'OUTSIDE_MALMO_WITHOUT_LICENCE']),
    );
    // 100 % is above her wish (AF), or above her work capacity where FK's demo assessment says less (FK, with her consent).
    expect(worst.reasons.filter((r: any) => r.code.startsWith('HOURS_ABOVE'))).toHaveLength(1);
    expect(ranking.basis).toEqual(
      expect.arrayContaining([
        { fact: 'GOAL', agency: 'AF' },
        { fact: 'OCCUPATIONS', agency: 'AF' },
        { fact: 'HOURS', agency: 'AF' },
      ]),
    );
  });

  it("uses FK's work capacity where the caller may see it, and never where they may not", async () => {
    const ASSESS = `mutation W($input: WorkCapacityAssessmentInput!) { recordWorkCapacityAssessment(input: $input) { id } }`;
    for (const id of [SHOWCASE.consenting, SHOWCASE.noConsent]) {
      await ok('fk-utredare', ASSESS, {
        input: { participantId: id, assessedOn: today(), capacityPercent: 50, summary: 'Halvtid.' },
      });
    }
    // P-DEMO0001 consents to FK sharing work capacity with AF: the 75 % job is now above what she can work.
    const consenting = (await ok('af-t01', RANKING, { id: SHOWCASE.consenting, first: 100 })).participant
      .opportunityRanking;
    expect(consenting.basis).toContainEqual({ fact: 'WORK_CAPACITY', agency: 'FK' });
    const job = consenting.items.find((i: any) => i.opportunity.id === fitting);
    expect(job.reasons).toContainEqual({ code: 'HOURS_ABOVE_CAPACITY', points: -5, agency: 'FK', detail: '50 %' });
    // P-DEMO0002 has given no consent: to AF the same assessment does not exist, and moves nothing.
    const before = (await ok('af-t01', RANKING, { id: SHOWCASE.noConsent, first: 100 })).participant.opportunityRanking;
    expect(before.basis.map((b: any) => b.agency)).not.toContain('FK');
    for (const item of before.items) expect(item.reasons.map((r: any) => r.agency)).not.toContain('FK');
    // FK's own investigator sees it, and the ranking says so.
    const fk = (await ok('fk-utredare', RANKING, { id: SHOWCASE.noConsent, first: 100 })).participant
      .opportunityRanking;
    expect(fk.basis).toContainEqual({ fact: 'WORK_CAPACITY', agency: 'FK' });
  });

  it('answers the same for a person an agency does not hold as for one whose facts it withholds, and tells the funder nothing', async () => {
    const nobody = (await ok('af-t01', RANKING, { id: 'P-ZZZZZZZ9', first: 100 })).participant.opportunityRanking;
    const analyst = (await ok('analyst', RANKING, { id: SHOWCASE.consenting, first: 100 })).participant
      .opportunityRanking;
    expect(analyst).toEqual({ count: 0, basis: [], unavailable: [], items: [] });
    // Nothing is known of an id nobody issued: every opportunity, every score 0, in the fixed order.
    expect(nobody.basis).toEqual([]);
    expect(nobody.items.every((i: any) => i.score === 0 && i.reasons.length === 0)).toBe(true);
  });
});

describe('a match through to the hire and the follow-ups after it', () => {
  let matchId = '';

  it('is proposed by AF staff who work with the person, and leaves the ranking', async () => {
    const proposed = await ok(
      'af-t01',
      `mutation P($input: ProposeMatchInput!) { proposeAfMatch(input: $input) { ${MATCH} } }`,
      {
        input: {
          participantId: SHOWCASE.consenting,
          opportunityId: fitting,
          proposedOn: addDays(today(), -25),
          note: 'Intresserad av lager.',
        },
      },
    );
    matchId = proposed.proposeAfMatch.id;
    expect(proposed.proposeAfMatch).toMatchObject({
      agency: 'AF',
      participantId: SHOWCASE.consenting,
      status: 'PROPOSED',
      followUps: [],
      version: 1,
    });
    const ranking = (await ok('af-t01', RANKING, { id: SHOWCASE.consenting, first: 100 })).participant
      .opportunityRanking;
    expect(ranking.items.map((i: any) => i.opportunity.id)).not.toContain(fitting);
    // Proposing again is a conflict, told to those who may see the match.
    const again = await sys.query(
      'af-t01',
      `mutation P($input: ProposeMatchInput!) { proposeAfMatch(input: $input) { id } }`,
      {
        input: { participantId: SHOWCASE.consenting, opportunityId: fitting, proposedOn: today() },
      },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('refuses anyone else with NOT_AVAILABLE, as for an unknown match, and stores nothing', async () => {
    const PROPOSE = `mutation P($input: ProposeMatchInput!) { proposeAfMatch(input: $input) { id } }`;
    for (const who of ['soc-t01', 'ams-t01', 'af-other', 'analyst', 'participant']) {
      const res = await sys.query(who, PROPOSE, {
        input: { participantId: SHOWCASE.noConsent, opportunityId: unfitting, proposedOn: today() },
      });
      expect([who, codeOf(res)]).toEqual([who, 'NOT_AVAILABLE']);
      const step = await sys.query(who, STEP, { input: { matchId, step: 'PRESENTED', on: today() } });
      expect([who, codeOf(step)]).toEqual([who, 'NOT_AVAILABLE']);
    }
    const unknown = await sys.query('af-t01', STEP, {
      input: { matchId: '00000000-0000-4000-8000-000000000000', step: 'PRESENTED', on: today() },
    });
    expect(codeOf(unknown)).toBe('NOT_AVAILABLE');
    const lists = await ok(
      'af-t01',
      `query M($id: ID!) { participant(id: $id) { afMatches { matches { opportunity { id } } } } }`,
      { id: SHOWCASE.noConsent },
    );
    expect(lists.participant.afMatches.matches.map((m: any) => m.opportunity.id)).not.toContain(unfitting);
  });

  it('goes presented, interview, hired: the place is taken and the follow-ups at two weeks, three and six months are booked', async () => {
    const day = today();
    const presented = (
      await ok('af-t01', STEP, { input: { matchId, step: 'PRESENTED', on: addDays(day, -22), expectedVersion: 1 } })
    ).recordAfMatchStep;
    expect(presented).toMatchObject({ status: 'PRESENTED', version: 2 });
    // Stale version, a step back, a day before the last step: refused, nothing changed.
    expect(
      codeOf(await sys.query('af-t01', STEP, { input: { matchId, step: 'INTERVIEW', on: day, expectedVersion: 1 } })),
    ).toBe('CONFLICT');
    expect(codeOf(await sys.query('af-t01', STEP, { input: { matchId, step: 'PRESENTED', on: day } }))).toBe(
      'CONFLICT',
    );
    const early = await sys.query('af-t01', STEP, { input: { matchId, step: 'INTERVIEW', on: addDays(day, -24) } });
    expect([codeOf(early), early.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'on']);
    await ok('af-t01', STEP, { input: { matchId, step: 'INTERVIEW', on: addDays(day, -20) } });
    const noStart = await sys.query('af-t01', STEP, { input: { matchId, step: 'HIRED', on: addDays(day, -18) } });
    expect(noStart.errors?.[0]?.extensions?.field).toBe('placementStart');
    const start = addDays(day, -14);
    const hired = (
      await ok('af-t01', STEP, { input: { matchId, step: 'HIRED', on: addDays(day, -18), placementStart: start } })
    ).recordAfMatchStep;
    expect(hired).toMatchObject({
      status: 'HIRED',
      hiredOn: addDays(day, -18),
      placementStart: start,
      opportunity: { status: 'FILLED', filledPlaces: 1 },
    });
    expect(hired.followUps.map((f: any) => [f.point, f.dueOn, f.doneOn, f.closed])).toEqual([
      ['TWO_WEEKS', day, null, false],
      ['THREE_MONTHS', expect.any(String), null, false],
      ['SIX_MONTHS', expect.any(String), null, false],
    ]);
    expect(hired.followUps[1].dueOn > day && hired.followUps[2].dueOn > hired.followUps[1].dueOn).toBe(true);
    expect(
      codeOf(
        await sys.query('af-t01', STEP, { input: { matchId, step: 'DECLINED', on: day, declineReason: 'OTHER' } }),
      ),
    ).toBe('CONFLICT');
  });

  it('shows the placement on the person’s page and its follow-up due this week on the team’s list, to those who may see it', async () => {
    const PAGE = `query W($id: ID!) { participant(id: $id) { employerWork { matches { id } placements { id status } dueFollowUps { point dueOn matchId agency } withheld { agency code } } } }`;
    const page = (await ok('af-t01', PAGE, { id: SHOWCASE.consenting })).participant.employerWork;
    expect(page.placements).toContainEqual({ id: matchId, status: 'HIRED' });
    expect(page.dueFollowUps).toContainEqual({ point: 'TWO_WEEKS', dueOn: today(), matchId, agency: 'AF' });
    // The socialsekreterare on the team sees it with the person's consent to AF's job matches.
    const social = (await ok('soc-t01', PAGE, { id: SHOWCASE.consenting })).participant.employerWork;
    expect(social.placements).toContainEqual({ id: matchId, status: 'HIRED' });
    // Someone not on the team sees AF's notice instead, the same as for anyone AF holds nothing on.
    const other = (await ok('af-other', PAGE, { id: SHOWCASE.consenting })).participant.employerWork;
    const nobody = (await ok('af-other', PAGE, { id: 'P-ZZZZZZZ9' })).participant.employerWork;
    expect(other.matches).toEqual([]);
    expect(other).toEqual(nobody);

    const TEAM = `query T($t: ID!) { team(id: $t) { placementFollowUpsDue { items { participantId matchId point dueOn employerName opportunityTitle } unavailable { agency } } } }`;
    const due = (await ok('af-t01', TEAM, { t: 'T01' })).team.placementFollowUpsDue;
    expect(due.unavailable).toEqual([]);
    expect(due.items).toContainEqual({
      participantId: SHOWCASE.consenting,
      matchId,
      point: 'TWO_WEEKS',
      dueOn: today(),
      employerName: 'Hamnens Lager och Logistik',
      opportunityTitle: 'Lagerarbetare, dagtid',
    });
    const elsewhere = await sys.query('af-other', TEAM, { t: 'T01' });
    expect(elsewhere.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('records a follow-up once; a placement no longer held ends, and its later points are no longer due', async () => {
    const FOLLOW = `mutation F($input: PlacementFollowUpInput!) { recordAfPlacementFollowUp(input: $input) { ${MATCH} } }`;
    const match = (
      await ok('af-t01', `query M($id: ID!) { participant(id: $id) { afMatches { matches { ${MATCH} } } } }`, {
        id: SHOWCASE.consenting,
      })
    ).participant.afMatches.matches.find((m: any) => m.id === matchId);
    const [twoWeeks, threeMonths] = match.followUps;
    const done = (
      await ok('af-t01', FOLLOW, {
        input: { followUpId: twoWeeks.id, doneOn: today(), contactWith: 'BOTH', stillEmployed: true, note: 'Trivs.' },
      })
    ).recordAfPlacementFollowUp;
    expect(done.followUps[0]).toMatchObject({ doneOn: today(), stillEmployed: true, contactWith: 'BOTH' });
    expect(done.placementEndedOn).toBeNull();
    const again = await sys.query('af-t01', FOLLOW, {
      input: { followUpId: twoWeeks.id, doneOn: today(), contactWith: 'BOTH', stillEmployed: true },
    });
    expect([codeOf(again), (again.errors?.[0]?.extensions as any)?.doneOn]).toEqual(['CONFLICT', today()]);
    const team = (await ok('af-t01', `{ team(id: "T01") { placementFollowUpsDue { items { matchId } } } }`)).team
      .placementFollowUpsDue.items;
    expect(team.map((i: any) => i.matchId)).not.toContain(matchId);

    // Recorded early (before the 3-month day) as no longer employed: the placement ends, the 6-month point closes.
    const ended = (
      await ok('af-t01', FOLLOW, {
        input: { followUpId: threeMonths.id, doneOn: today(), contactWith: 'EMPLOYER', stillEmployed: false },
      })
    ).recordAfPlacementFollowUp;
    expect(ended.placementEndedOn).toBe(today());
    expect(ended.followUps[2]).toMatchObject({ point: 'SIX_MONTHS', doneOn: null, closed: true });
    const closed = await sys.query('af-t01', FOLLOW, {
      input: { followUpId: ended.followUps[2].id, doneOn: today(), contactWith: 'BOTH', stillEmployed: true },
    });
    expect(codeOf(closed)).toBe('CONFLICT');
  });

  it('writes each step with its audit entry at AF, the person named and the category RECORD_MATCHES', async () => {
    const from = addDays(today(), -1);
    const review = await ok(
      'auditor-af',
      `query A($from: DateTime!, $to: DateTime!) { afAuditReview(from: $from, to: $to) { outsideTeam { officerId } } }`,
      {
        from: `${from}T00:00:00Z`,
        to: `${addDays(today(), 1)}T00:00:00Z`,
      },
    );
    expect(review.afAuditReview).toBeDefined();
    const log = await ok(
      'participant',
      `query X($id: ID!) { participant(id: $id) { accessLogExtract { entries { agency officerId categories action decision } } } }`,
      {
        id: SHOWCASE.consenting,
      },
    );
    const writes = log.participant.accessLogExtract.entries.filter(
      (e: any) => e.agency === 'AF' && e.action === 'WRITE' && e.categories.includes('RECORD_MATCHES'),
    );
    // Proposed, presented, interview, hired, two follow-ups, and the profile: seven granted writes by af-1001; the refused conflict attempts are logged as refused.
    expect(
      writes.filter((e: any) => e.decision === 'GRANTED' && e.officerId === 'af-1001').length,
    ).toBeGreaterThanOrEqual(7);
  });
});
