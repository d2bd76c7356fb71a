import { NOT_AVAILABLE_MESSAGE } from '@malmokraften/shared';
import {
  answerOf,
  auditOf,
  DEMO,
  enrol,
  newPersonnummer,
  refused,
  refusedEach,
  requestIdOf,
  rowCount,
  startWritesSystem,
  sys,
  UNKNOWN,
  unknownPersonAsNotYours,
  unknownRecordAsNotYours,
  UNKNOWN_RECORD,
  write,
  writeInput,
  interventionAddedChangedEnded,
  recordConsent,
  withdrawConsent,
  personReader,
  refusedConsents,
} from '../../../../test/support/agency-writes';
import { agencyTests } from './agency-tests';

/**
 * Writes of Arbetsförmedlingen, end to end through the gateway: the
 * programme's mutations (enrolment, team, goal, follow-ups, job matches,
 * discharge, AF's interventions and consents) with AF's officers, the
 * written record read back through AF's own fields, refusals with their
 * codes, nothing half-written, and the audit trail each write (or refused
 * write) leaves at AF. AF's joint-mapping perspective, staff register and
 * employer work have tests of their own under test/.
 */
startWritesSystem();

const A = {
  enrol: `mutation E($input: EnrolInput!) { enrolParticipant(input: $input) { id } }`,
  team: `mutation T($pid: ID!, $teamId: ID!) { assignTeam(participantId: $pid, teamId: $teamId) { id
    programme { team { id } } } }`,
  goal: `mutation G($pid: ID!, $goal: PlanGoalType!, $description: String!, $expectedVersion: Int) {
    setPlanGoal(participantId: $pid, goal: $goal, description: $description, expectedVersion: $expectedVersion) { id
    programme { goal { type description } version } } }`,
  followUp: `mutation F($input: FollowUpInput!) { scheduleFollowUp(input: $input) { id participantId scheduledAt heldAt agenda } }`,
  held: `mutation H($id: ID!, $heldAt: DateTime!) { recordFollowUpHeld(id: $id, heldAt: $heldAt) {
    id participantId scheduledAt heldAt agenda } }`,
  match: `mutation J($input: JobMatchInput!) { recordJobMatch(input: $input) { id employer vacancyTitle matchedOn status } }`,
  discharge: `mutation D($pid: ID!, $dischargedOn: Date!, $outcome: Outcome!, $expectedVersion: Int) {
    dischargeParticipant(participantId: $pid, dischargedOn: $dischargedOn, outcome: $outcome, expectedVersion: $expectedVersion) { id
    programme { status dischargedOn outcome version } } }`,
  add: `mutation A($input: AfInterventionInput!) { addAfIntervention(input: $input) {
    id agency type title status startDate endDate extentPercent responsibleOfficer { id role agency } version } }`,
  update: `mutation U($id: ID!, $input: InterventionUpdate!) { updateAfIntervention(id: $id, input: $input) {
    id status title startDate endDate extentPercent version } }`,
  end: `mutation E($id: ID!, $endDate: Date!, $status: EndStatus!) { endAfIntervention(id: $id, endDate: $endDate, status: $status) {
    id status endDate } }`,
  consent: `mutation C($input: AfConsentInput!) { recordAfConsent(input: $input) {
    id agency recipient categories validFrom validTo withdrawnAt recordedBy state } }`,
  withdraw: `mutation W($id: ID!) { withdrawAfConsent(id: $id) { id recipient categories withdrawnAt state } }`,
  read: `query R($id: ID!) { participant(id: $id) { id name personnummer
    programme { withheld { code } status enrolledOn entryRoute team { id } goal { type description }
      followUps { id scheduledAt heldAt agenda } dischargedOn outcome version }
    afPlanPart { withheld { code } interventions { id type title status startDate endDate extentPercent } responsibleOfficers { id name role agency } }
    jobMatches { withheld { code } matches { id employer vacancyTitle matchedOn status } }
    afConsents { id recipient categories validFrom validTo state withdrawnAt recordedBy } } }`,
};

const readAf = personReader(A.read);

/** What an arbetsförmedlare enters for an eligible person born 1975-03-14. */
function enrolment(personnummer: string) {
  return {
    personnummer,
    firstName: 'Test',
    lastName: 'Deltagare',
    gender: 'MAN',
    bornOutsideEurope: false,
    residentInMalmo: true,
    registeredAtAf: true,
    monthsWithoutWork: 18,
    entryRoute: 'SOCIAL_SERVICES',
    enrolledOn: '2025-02-03',
    socialAssistanceAtEnrolment: false,
  };
}

describe('Arbetsförmedlingen', () => {
  const intervention = agencyTests.intervention.written!.example;

  it('enrols an eligible person, issuing the id and assigning the enrolling officer; a second enrolment is ALREADY_ENROLLED', async () => {
    const personnummer = newPersonnummer();
    const res = await sys.query('af-t01', A.enrol, { input: enrolment(personnummer) });
    expect(res.errors).toBeUndefined();
    const id = res.data.enrolParticipant.id;
    expect(id).toMatch(/^P-[0-9A-Z]{8}$/);
    // One granted write at AF, for the person the id was issued to, and none at any other agency.
    const requestId = requestIdOf(res);
    expect((await auditOf('AF', requestId)).filter((r) => r.action === 'WRITE')).toEqual([
      {
        participant_id: id,
        categories: ['ENROLMENT'],
        action: 'WRITE',
        decision: 'GRANTED',
        officer_id: 'af-1001',
        organisation: 'AF',
      },
    ]);
    for (const other of ['MALMO', 'FK', 'REGION'] as const) {
      expect((await auditOf(other, requestId)).filter((r) => r.action === 'WRITE')).toEqual([]);
    }

    const read = await readAf('af-t01', id);
    expect(read).toMatchObject({
      id,
      name: 'Test Deltagare',
      personnummer,
      programme: {
        withheld: null,
        status: 'ENROLLED',
        enrolledOn: '2025-02-03',
        entryRoute: 'SOCIAL_SERVICES',
        team: null,
        goal: null,
        followUps: [],
        dischargedOn: null,
        outcome: null,
        version: 1,
      },
      jobMatches: { withheld: null, matches: [] },
      afConsents: [],
    });
    expect(read.afPlanPart).toEqual({
      withheld: null,
      interventions: [],
      responsibleOfficers: [{ id: 'af-1001', name: 'Karin Lindqvist', role: 'ARBETSFORMEDLARE', agency: 'AF' }],
    });
    const facts = await sys.subgraphs.AF.dataSource.query(
      `SELECT gender, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, born_outside_europe, months_without_work,
              social_assistance_at_enrolment FROM participation WHERE participant_id = $1`,
      [id],
    );
    expect(facts).toEqual([
      {
        gender: 'MAN',
        birth_date: '1975-03-14',
        born_outside_europe: false,
        months_without_work: 18,
        social_assistance_at_enrolment: false,
      },
    ]);

    // Again: told to the officer who works with the person, and logged against the person.
    const again = await refused('AF', 'af-t01', A.enrol, { input: enrolment(personnummer) }, 'ALREADY_ENROLLED', {
      participantId: id,
      category: 'ENROLMENT',
    });
    expect(again.errors?.[0]?.message).not.toBe(NOT_AVAILABLE_MESSAGE);
    expect(await rowCount('AF', 'participant', id)).toBe(1);
    expect(await rowCount('AF', 'participation', id)).toBe(1);
  });

  it('answers an enrolment of someone already enrolled, to those who may not know it, exactly as a refused one', async () => {
    const person = await enrol();
    const input = { ...enrolment(person.personnummer), firstName: 'Annan', lastName: 'Person' };
    // An arbetsförmedlare who does not work with the person (team T05, not assigned), logged against the person.
    const notKnown = await refused('AF', 'af-other', A.enrol, { input }, 'NOT_AVAILABLE', {
      participantId: person.id,
      category: 'ENROLMENT',
    });
    expect(notKnown.errors?.[0]?.message).toBe(NOT_AVAILABLE_MESSAGE);
    // Enrolment is for AF's staff: refused, and the refusal logged (against no one, as no one is held).
    const fresh = { ...input, personnummer: newPersonnummer() };
    const trace = { participantId: null, category: 'ENROLMENT' };
    const bySocialServices = await refused('AF', 'soc-t01', A.enrol, { input: fresh }, 'NOT_AVAILABLE', trace);
    await refused('AF', 'fk-utredare', A.enrol, { input: fresh }, 'NOT_AVAILABLE', trace);
    await refused('AF', 'auditor-af', A.enrol, { input: fresh }, 'NOT_AVAILABLE', trace);
    expect(answerOf(notKnown)).toEqual(answerOf(bySocialServices));
    // Someone not allowed to enrol, trying a person AF holds: the same answer, logged against the person.
    const heldByAf = await refused('AF', 'soc-t01', A.enrol, { input }, 'NOT_AVAILABLE', {
      participantId: person.id,
      category: 'ENROLMENT',
    });
    expect(answerOf(heldByAf)).toEqual(answerOf(bySocialServices));
  });

  it('refuses enrolments with bad input or of people outside the programme, and stores nothing', async () => {
    const input = enrolment(newPersonnummer());
    await refusedEach('AF', 'af-t01', A.enrol, null, [
      { variables: { input: { ...input, personnummer: '197503149000' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, firstName: '   ' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, lastName: 'x'.repeat(101) } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, enrolledOn: '2025-02-30' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, gender: 'UNKNOWN' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);
    // Outside the programme's target group: NOT_ELIGIBLE, with every reason.
    const outside = await refused(
      'AF',
      'af-t01',
      A.enrol,
      { input: { ...input, residentInMalmo: false, registeredAtAf: false, monthsWithoutWork: 11 } },
      'NOT_ELIGIBLE',
      'none',
    );
    expect(outside.errors?.[0]?.extensions?.reasons).toEqual([
      'The programme is for people who live in Malmö.',
      'The programme is for people without work for at least 12 months; the person has been without work for 11.',
      'The person must be registered at Arbetsförmedlingen.',
    ]);
    // 30 on the day of enrolment is not over 30.
    const young = await refused(
      'AF',
      'af-t01',
      A.enrol,
      { input: { ...input, enrolledOn: '2005-03-14' } },
      'NOT_ELIGIBLE',
      'none',
    );
    expect(young.errors?.[0]?.message).toMatch(/over 30; the person is 30/);
  });

  it('assigns a team, whose members then see the programme; an unknown team is BAD_USER_INPUT, a full one TEAM_FULL', async () => {
    const person = await enrol();
    const trace = { participantId: person.id, category: 'RECORD_PROGRAMME' };
    // On no team yet: nothing of the programme for the socialsekreterare on T01.
    expect((await readAf('soc-t01', person.id)).programme.withheld).toEqual({ code: 'WITHHELD' });
    const data = await write('AF', 'af-t01', A.team, { pid: person.id, teamId: 'T01' }, trace);
    expect(data.assignTeam).toEqual({ id: person.id, programme: { team: { id: 'T01' } } });
    expect((await readAf('soc-t01', person.id)).programme).toMatchObject({
      withheld: null,
      status: 'ENROLLED',
      team: { id: 'T01' },
    });
    await refused('AF', 'af-t01', A.team, { pid: person.id, teamId: 'T99' }, 'BAD_USER_INPUT', trace);
    expect((await readAf('af-t01', person.id)).programme.team).toEqual({ id: 'T01' });

    // A team at its capacity takes no one more; someone already on it stays.
    const [first, second] = [await enrol(), await enrol()];
    const firstOnT03 = { pid: first.id, teamId: 'T03' };
    const firstTrace = { participantId: first.id, category: 'RECORD_PROGRAMME' };
    await write('AF', 'af-t01', A.team, firstOnT03, firstTrace);
    const af = sys.subgraphs.AF.dataSource;
    const [{ capacity }] = await af.query(`SELECT capacity FROM team WHERE id = 'T03'`);
    const [{ n: ongoing }] = await af.query(
      `SELECT count(*)::int AS n FROM participant p JOIN participation pa ON pa.participant_id = p.id
        WHERE p.team_id = 'T03' AND pa.discharged_on IS NULL`,
    );
    await af.query(`UPDATE team SET capacity = $1 WHERE id = 'T03'`, [ongoing]);
    try {
      const full = await refused('AF', 'af-t01', A.team, { pid: second.id, teamId: 'T03' }, 'TEAM_FULL', {
        participantId: second.id,
        category: 'RECORD_PROGRAMME',
      });
      expect(full.errors?.[0]?.message).toContain(`its full ${ongoing} ongoing cases`);
      await write('AF', 'af-t01', A.team, firstOnT03, firstTrace);
      expect((await readAf('af-t01', first.id)).programme.team).toEqual({ id: 'T03' });
    } finally {
      await af.query(`UPDATE team SET capacity = $1 WHERE id = 'T03'`, [capacity]);
    }
  });

  it('sets the goal on the version read; a change from a stale read is CONFLICT and changes nothing', async () => {
    const person = await enrol();
    const trace = { participantId: person.id, category: 'RECORD_PROGRAMME' };
    const version = (await readAf('af-t01', person.id)).programme.version;
    const goal = { goal: 'WORK', description: 'Arbete inom lager och logistik.' };
    const set = await write('AF', 'af-t01', A.goal, { pid: person.id, ...goal, expectedVersion: version }, trace);
    expect(set.setPlanGoal).toEqual({
      id: person.id,
      programme: { goal: { type: 'WORK', description: goal.description }, version: version + 1 },
    });
    const stale = await refused(
      'AF',
      'af-t01',
      A.goal,
      { pid: person.id, goal: 'STUDIES', description: 'Studier på komvux.', expectedVersion: version },
      'CONFLICT',
      trace,
    );
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    expect((await readAf('af-t01', person.id)).programme.goal).toEqual({
      type: 'WORK',
      description: goal.description,
    });
    // Without a version the change is made on what is stored.
    await write('AF', 'af-t01', A.goal, { pid: person.id, goal: 'STUDIES', description: 'Studier på komvux.' }, trace);
    expect((await readAf('af-t01', person.id)).programme).toMatchObject({
      goal: { type: 'STUDIES', description: 'Studier på komvux.' },
      version: version + 2,
    });

    await refusedEach('AF', 'af-t01', A.goal, 'RECORD_PROGRAMME', [
      { variables: { pid: person.id, ...goal, description: ' ' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      {
        variables: { pid: person.id, ...goal, description: 'x'.repeat(501) },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { pid: person.id, ...goal, goal: 'HOLIDAY' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { pid: UNKNOWN, ...goal }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
  });

  it('books follow-up meetings and records each as held once', async () => {
    const person = await enrol();
    const trace = { participantId: person.id, category: 'RECORD_PROGRAMME' };
    const meeting = { scheduledAt: '2025-03-03T09:00:00.000Z', agenda: 'Genomgång av planen.' };
    const booked = await write('AF', 'af-t01', A.followUp, { input: { participantId: person.id, ...meeting } }, trace);
    const id = booked.scheduleFollowUp.id;
    expect(booked.scheduleFollowUp).toEqual({ id, participantId: person.id, ...meeting, heldAt: null });
    expect((await readAf('af-t01', person.id)).programme.followUps).toEqual([{ id, ...meeting, heldAt: null }]);

    const heldAt = '2025-03-03T09:50:00.000Z';
    const held = await write('AF', 'af-t01', A.held, { id, heldAt }, trace);
    expect(held.recordFollowUpHeld).toEqual({ id, participantId: person.id, ...meeting, heldAt });
    expect((await readAf('af-t01', person.id)).programme.followUps).toEqual([{ id, ...meeting, heldAt }]);
    // Held once: recording it again says when it was.
    const again = await refused('AF', 'af-t01', A.held, { id, heldAt: '2025-03-04T09:00:00.000Z' }, 'CONFLICT', trace);
    expect(again.errors?.[0]?.extensions?.heldAt).toBe(heldAt);

    const input = { participantId: person.id, ...meeting };
    await refusedEach('AF', 'af-t01', A.followUp, 'RECORD_PROGRAMME', [
      { variables: { input: { ...input, agenda: 'x'.repeat(501) } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, scheduledAt: 'tomorrow' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
    await refusedEach('AF', 'af-t01', A.held, null, [
      { variables: { id, heldAt: 'at ten' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { id: UNKNOWN_RECORD, heldAt }, code: 'NOT_AVAILABLE', loggedAgainst: null },
      { variables: { id: 'not-an-id', heldAt }, code: 'NOT_AVAILABLE', loggedAgainst: null },
    ]);
  });

  it('records a job match, visible to AF staff who work with the person', async () => {
    const person = await enrol();
    const trace = { participantId: person.id, category: 'RECORD_INTERVENTIONS' };
    const match = { employer: 'Bageriet på hörnet AB', vacancyTitle: 'Bagare', matchedOn: '2025-02-10' };
    const data = await write('AF', 'af-t01', A.match, { input: { participantId: person.id, ...match } }, trace);
    expect(data.recordJobMatch).toEqual({ id: data.recordJobMatch.id, ...match, status: 'PROPOSED' });
    expect((await readAf('af-t01', person.id)).jobMatches).toEqual({ withheld: null, matches: [data.recordJobMatch] });
    // An arbetsförmedlare who does not work with the person sees nothing of it.
    expect((await readAf('af-other', person.id)).jobMatches).toEqual({ withheld: { code: 'WITHHELD' }, matches: [] });

    const input = { participantId: person.id, ...match };
    await refusedEach('AF', 'af-t01', A.match, 'RECORD_INTERVENTIONS', [
      { variables: { input: { ...input, employer: ' ' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      {
        variables: { input: { ...input, vacancyTitle: 'x'.repeat(201) } },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { input: { ...input, matchedOn: '2025-02-30' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
    expect(await rowCount('AF', 'job_match', person.id)).toBe(1);
  });

  it("adds, updates and ends AF's interventions, on the version read", async () => {
    await interventionAddedChangedEnded('AF', A, DEMO);
  });

  it('refuses bad interventions with their codes and stores nothing', async () => {
    const input = { participantId: DEMO, ...intervention };
    const trace = { participantId: DEMO, category: 'RECORD_INTERVENTIONS' };
    // Checked inside the write: the refused write is logged.
    await refused('AF', 'af-t01', A.add, { input: { ...input, endDate: '2026-01-11' } }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.add, { input: { ...input, extentPercent: 101 } }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.add, { input: { ...input, extentPercent: -1 } }, 'BAD_USER_INPUT', trace);
    await refused(
      'AF',
      'af-t01',
      A.add,
      { input: { ...input, status: 'ONGOING', startDate: null } },
      'BAD_USER_INPUT',
      trace,
    );
    await refused('AF', 'af-t01', A.add, { input: { ...input, title: ' ' } }, 'BAD_USER_INPUT', trace);
    // Not a date, or not one of AF's kinds of intervention: refused before AF is asked.
    await refused('AF', 'af-t01', A.add, { input: { ...input, startDate: '2026-13-01' } }, 'BAD_USER_INPUT', 'none');
    await refused('AF', 'af-t01', A.add, { input: { ...input, type: 'SFI' } }, 'BAD_USER_INPUT', 'none');
    await refused('AF', 'af-t01', A.add, { input: { ...input, participantId: UNKNOWN } }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_INTERVENTIONS',
    });

    const added = await write('AF', 'af-t01', A.add, { input }, trace);
    const id = added.addAfIntervention.id;
    await refused('AF', 'af-t01', A.update, { id, input: { endDate: '2025-12-31' } }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.update, { id, input: { extentPercent: 150 } }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.update, { id, input: { startDate: '2026-02-31' } }, 'BAD_USER_INPUT', 'none');
    await refused('AF', 'af-t01', A.end, { id, endDate: '2026-01-01', status: 'COMPLETED' }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.end, { id, endDate: 'tomorrow', status: 'COMPLETED' }, 'BAD_USER_INPUT', 'none');
    await refused('AF', 'af-t01', A.update, { id: UNKNOWN_RECORD, input: { title: 'x' } }, 'NOT_AVAILABLE', 'none');
    await refused(
      'AF',
      'af-t01',
      A.end,
      { id: 'not-an-id', endDate: '2026-06-30', status: 'CANCELLED' },
      'NOT_AVAILABLE',
      'none',
    );
    expect((await readAf('af-t01', DEMO)).afPlanPart.interventions).toContainEqual({ id, ...intervention });
  });

  it('records and withdraws consents, with effect on the next request', async () => {
    const person = await enrol();
    await write(
      'AF',
      'af-t01',
      A.team,
      { pid: person.id, teamId: 'T01' },
      { participantId: person.id, category: 'RECORD_PROGRAMME' },
    );
    await writeInput('AF', 'af-t01', A.add, { participantId: person.id, ...intervention }, 'RECORD_INTERVENTIONS');
    // The socialsekreterare on the team sees the programme, and without consent none of AF's interventions.
    expect((await readAf('soc-t01', person.id)).afPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
      responsibleOfficers: [],
    });

    const consent = await recordConsent('AF', 'af-t01', {
      participantId: person.id,
      recipient: 'MALMO_SOCIAL_SERVICES',
      categories: ['INTERVENTIONS'],
      validFrom: '2025-01-01',
    });
    const shared = (await readAf('soc-t01', person.id)).afPlanPart;
    expect(shared.withheld).toBeNull();
    expect(shared.interventions).toEqual([{ id: expect.any(String), ...intervention }]);
    // The consent covers AF's interventions only, and social services only.
    expect((await readAf('soc-t01', person.id)).jobMatches.withheld).toEqual({ code: 'WITHHELD' });
    expect((await readAf('ams-t01', person.id)).afPlanPart.withheld).toEqual({ code: 'WITHHELD' });

    await withdrawConsent('AF', 'af-t01', consent);
    expect((await readAf('soc-t01', person.id)).afPlanPart.withheld).toEqual({ code: 'WITHHELD' });
    expect((await readAf('af-t01', person.id)).afConsents[0].state).toBe('WITHDRAWN');
  });

  it('refuses bad consents, and consents and withdrawals by anyone but AF staff who work with the person', async () => {
    const input = { participantId: DEMO, recipient: 'FK', categories: ['JOB_MATCHES'], validFrom: '2025-01-01' };
    await refusedEach('AF', 'af-t01', A.consent, 'RECORD_CONSENT', [
      ...refusedConsents(input, { badDate: '2025-02-30', holder: 'AF' }),
      // Not a category of AF's.
      {
        variables: { input: { ...input, categories: ['SOCIAL_ASSISTANCE_STATUS'] } },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { input: { ...input, participantId: 'P-1' } }, code: 'NOT_AVAILABLE', loggedAgainst: null },
    ]);

    const trace = { participantId: DEMO, category: 'RECORD_CONSENT' };
    await refused('AF', 'af-other', A.consent, { input }, 'NOT_AVAILABLE', trace);
    await refused('AF', 'soc-t01', A.consent, { input }, 'NOT_AVAILABLE', trace);
    await refused('AF', 'fk-utredare', A.consent, { input }, 'NOT_AVAILABLE', trace);

    const consent = (await readAf('af-t01', DEMO)).afConsents[0];
    const withdrawal = { participantId: DEMO, category: 'RECORD_CONSENT_WITHDRAWAL' };
    await refused('AF', 'af-other', A.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('AF', 'region-vsam', A.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('AF', 'af-t01', A.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
    expect((await readAf('af-t01', DEMO)).afConsents[0]).toEqual(consent);
  });

  it('discharges with an outcome on the version read, after which nothing of the programme changes', async () => {
    const person = await enrol();
    const trace = { participantId: person.id, category: 'RECORD_PROGRAMME' };
    const first = (await readAf('af-t01', person.id)).programme.version;
    await write('AF', 'af-t01', A.goal, { pid: person.id, goal: 'WORK', description: 'Arbete som bagare.' }, trace);
    const discharge = { pid: person.id, dischargedOn: '2025-09-30', outcome: 'WORK_SUBSIDISED' };
    // From a read before the goal was set: CONFLICT.
    const stale = await refused(
      'AF',
      'af-t01',
      A.discharge,
      { ...discharge, expectedVersion: first },
      'CONFLICT',
      trace,
    );
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(first + 1);
    // Not before the enrolment (2025-01-13), and on a day that exists.
    await refused('AF', 'af-t01', A.discharge, { ...discharge, dischargedOn: '2025-01-12' }, 'BAD_USER_INPUT', trace);
    await refused('AF', 'af-t01', A.discharge, { ...discharge, dischargedOn: '2025-09-31' }, 'BAD_USER_INPUT', 'none');
    await refused('AF', 'af-t01', A.discharge, { ...discharge, outcome: 'RETIRED' }, 'BAD_USER_INPUT', 'none');

    const data = await write('AF', 'af-t01', A.discharge, { ...discharge, expectedVersion: first + 1 }, trace);
    expect(data.dischargeParticipant).toEqual({
      id: person.id,
      programme: { status: 'DISCHARGED', dischargedOn: '2025-09-30', outcome: 'WORK_SUBSIDISED', version: first + 2 },
    });
    expect((await readAf('af-t01', person.id)).programme).toMatchObject({
      status: 'DISCHARGED',
      dischargedOn: '2025-09-30',
      outcome: 'WORK_SUBSIDISED',
      goal: { type: 'WORK', description: 'Arbete som bagare.' },
    });

    // Discharged: ALREADY_DISCHARGED to every change of the programme, and to a new intervention or match.
    await refused('AF', 'af-t01', A.discharge, { ...discharge, outcome: 'MOVED' }, 'ALREADY_DISCHARGED', trace);
    await refused(
      'AF',
      'af-t01',
      A.goal,
      { pid: person.id, goal: 'STUDIES', description: 'Studier.' },
      'ALREADY_DISCHARGED',
      trace,
    );
    await refused('AF', 'af-t01', A.team, { pid: person.id, teamId: 'T01' }, 'ALREADY_DISCHARGED', trace);
    await refused(
      'AF',
      'af-t01',
      A.followUp,
      { input: { participantId: person.id, scheduledAt: '2025-10-06T09:00:00.000Z' } },
      'ALREADY_DISCHARGED',
      trace,
    );
    await refused(
      'AF',
      'af-t01',
      A.add,
      { input: { participantId: person.id, ...intervention } },
      'ALREADY_DISCHARGED',
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    await refused(
      'AF',
      'af-t01',
      A.match,
      {
        input: { participantId: person.id, employer: 'Bageriet AB', vacancyTitle: 'Bagare', matchedOn: '2025-10-01' },
      },
      'ALREADY_DISCHARGED',
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // af-other is on team T05 and not assigned to P-DEMO0001 (team T01): nothing of theirs to write.
    const pairs: Array<[string, (pid: string) => Record<string, unknown>, string]> = [
      [A.team, (pid) => ({ pid, teamId: 'T05' }), 'RECORD_PROGRAMME'],
      [A.goal, (pid) => ({ pid, goal: 'WORK', description: 'Arbete.' }), 'RECORD_PROGRAMME'],
      [
        A.followUp,
        (pid) => ({ input: { participantId: pid, scheduledAt: '2026-01-05T09:00:00.000Z' } }),
        'RECORD_PROGRAMME',
      ],
      [A.discharge, (pid) => ({ pid, dischargedOn: '2026-01-30', outcome: 'MOVED' }), 'RECORD_PROGRAMME'],
      [
        A.match,
        (pid) => ({
          input: { participantId: pid, employer: 'Bageriet AB', vacancyTitle: 'Bagare', matchedOn: '2026-01-05' },
        }),
        'RECORD_INTERVENTIONS',
      ],
      [A.add, (pid) => ({ input: { participantId: pid, ...intervention } }), 'RECORD_INTERVENTIONS'],
      [
        A.consent,
        (pid) => ({
          input: { participantId: pid, recipient: 'FK', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' },
        }),
        'RECORD_CONSENT',
      ],
    ];
    for (const [query, vars, category] of pairs) {
      const unknown = await unknownPersonAsNotYours('AF', 'af-other', query, vars, DEMO, category);
      // Another agency's officer on the person's team gets the same answer.
      const otherAgency = await refused('AF', 'soc-t01', query, vars(DEMO), 'NOT_AVAILABLE', {
        participantId: DEMO,
        category,
      });
      expect(answerOf(otherAgency)).toEqual(answerOf(unknown));
    }

    // The same for records: an id AF does not hold, and a record of someone else's.
    const demo = await readAf('af-t01', DEMO);
    const interventionId = demo.afPlanPart.interventions[0].id;
    const followUpId = demo.programme.followUps[0].id;
    const consentId = demo.afConsents[0].id;
    const recordPairs: Array<[string, (id: string) => Record<string, unknown>, string, string]> = [
      [A.update, (id) => ({ id, input: { title: 'x' } }), interventionId, 'RECORD_INTERVENTIONS'],
      [A.end, (id) => ({ id, endDate: '2026-06-30', status: 'CANCELLED' }), interventionId, 'RECORD_INTERVENTIONS'],
      [A.held, (id) => ({ id, heldAt: '2026-01-05T10:00:00.000Z' }), followUpId, 'RECORD_PROGRAMME'],
      [A.withdraw, (id) => ({ id }), consentId, 'RECORD_CONSENT_WITHDRAWAL'],
    ];
    for (const [query, vars, id, category] of recordPairs) {
      await unknownRecordAsNotYours('AF', 'af-other', query, vars, { id, participantId: DEMO }, category);
    }
    expect(await readAf('af-t01', DEMO)).toEqual(demo);
  });
});
