import { addDays } from '@malmokraften/shared';
import {
  answerOf,
  DEMO,
  enrol,
  freshAt,
  M,
  refused,
  refusedEach,
  register,
  refusedRegistrations,
  duplicateRegistrations,
  rowCount,
  startWritesSystem,
  sys,
  UNKNOWN,
  unknownPersonAsNotYours,
  unknownRecordAsNotYours,
  UNKNOWN_RECORD,
  write,
  writeInput,
  registration,
  interventionAddedChangedEnded,
  recordConsent,
  withdrawConsent,
  personReader,
  refusedConsents,
} from '../../../../test/support/agency-writes';
import { agencyTests } from './agency-tests';

/**
 * Writes of Malmö stad, end to end through the gateway: every mutation of
 * Malmö's subgraph with its officers, the written record read back through
 * Malmö's own fields, refusals with their codes, nothing half-written, and
 * the audit trail each write (or refused write) leaves at Malmö.
 */
startWritesSystem();

const readMalmo = personReader(M.read);

describe('Malmö stad', () => {
  const period = {
    startDate: '2025-01-01',
    monthlyAmount: 9450.5,
    householdSize: 2,
    investigationNotes: 'Utredning enligt 4 kap. 1 § SoL.',
  };
  const intervention = agencyTests.intervention.written!.example;

  it('registers a person once and assigns the registering officer; a second registration is ALREADY_REGISTERED', async () => {
    const person = await enrol();
    const input = registration(person);
    const data = await register('MALMO', 'soc-t01', input);
    expect(data.registerMalmoParticipant.id).toBe(person.id);
    expect(await rowCount('MALMO', 'participant', person.id)).toBe(1);
    // The registering socialsekreterare is assigned and sees the (empty) social-assistance records.
    const read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistanceDetails).toEqual({ withheld: null, periods: [] });
    expect(read.socialAssistance).toEqual({ withheld: null, receives: false, since: null });
    expect(read.malmoConsents).toEqual([]);
    const assigned = await sys.subgraphs.MALMO.dataSource.query(
      'SELECT officer_id, role FROM assignment WHERE participant_id = $1',
      [person.id],
    );
    expect(assigned).toEqual([{ officer_id: 'malmo-2001', role: 'SOCIALSEKRETERARE' }]);

    // Twice: the same id, the same personnummer under another id, and a person from the seed. Told to Malmö
    // staff who work with the person (ams-t01); to those who do not (soc-other) a duplicate reads as a refused
    // registration; both logged against the person Malmö holds, not the id given.
    await refusedRegistrations(
      'MALMO',
      input,
      duplicateRegistrations(input, { registrar: 'soc-t01', mayKnow: ['ams-t01'], mayNotKnow: 'soc-other' }),
    );
  });

  it('refuses registrations with bad input, by another agency and by no one of its staff', async () => {
    const person = await enrol();
    const input = registration(person);
    await refusedRegistrations('MALMO', input, [
      { as: 'soc-t01', input: { personnummer: '197503149000' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { as: 'soc-t01', input: { participantId: 'nope' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { as: 'soc-t01', input: { teamId: 'team one' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { as: 'soc-t01', input: { firstName: '   ' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      // Registration is for Malmö staff: refused (as a duplicate would be, to those who may not know), and the refusal is logged.
      { as: 'af-t01', code: 'NOT_AVAILABLE', loggedAgainst: input.participantId },
    ]);
    expect(await rowCount('MALMO', 'participant', person.id)).toBe(0);
  });

  it('records social assistance on a seeded person, visible to the socialsekreterare only', async () => {
    // P-DEMO0001 has had an open period since before enrolment; an earlier, closed period fits a year before it.
    const since = sys.people.find((p) => p.id === DEMO)!.socialAssistance!.from;
    const earlier = { startDate: addDays(since, -730), endDate: addDays(since, -366) };
    const data = await writeInput(
      'MALMO',
      'soc-t01',
      M.period,
      {
        participantId: DEMO,
        ...earlier,
        monthlyAmount: 7200,
        householdSize: 3,
        investigationNotes: 'Tidigare period.',
      },
      'RECORD_SOCIAL_ASSISTANCE',
    );
    const recorded = data.recordSocialAssistancePeriod;
    expect(recorded).toMatchObject({
      ...earlier,
      monthlyAmount: 7200,
      householdSize: 3,
      investigationNotes: 'Tidigare period.',
      recordedBy: 'malmo-2001',
    });
    const read = await readMalmo('soc-t01', DEMO);
    expect(read.socialAssistanceDetails.periods).toContainEqual(recorded);
    // The gap after the earlier period keeps "since" at the open period's start.
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since });
    // The arbetsmarknadssekreterare on the same team does not see the details.
    const ams = await readMalmo('ams-t01', DEMO);
    expect(ams.socialAssistanceDetails).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });
    // Overlapping the open period: CONFLICT, nothing stored.
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: DEMO, startDate: '2024-01-01', monthlyAmount: 100, householdSize: 1 } },
      'CONFLICT',
      {
        participantId: DEMO,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
  });

  it('records and ends a period of social assistance on a fresh person', async () => {
    const person = await freshAt('MALMO', 'soc-t01');
    const data = await writeInput(
      'MALMO',
      'soc-t01',
      M.period,
      { participantId: person.id, ...period },
      'RECORD_SOCIAL_ASSISTANCE',
    );
    const id = data.recordSocialAssistancePeriod.id;
    expect(data.recordSocialAssistancePeriod).toEqual({
      id,
      startDate: '2025-01-01',
      endDate: null,
      monthlyAmount: 9450.5,
      householdSize: 2,
      investigationNotes: period.investigationNotes,
      recordedBy: 'malmo-2001',
    });
    let read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since: '2025-01-01' });
    expect(read.socialAssistanceDetails.periods).toEqual([data.recordSocialAssistancePeriod]);

    // An open period cannot have another one beside it.
    await refused(
      'MALMO',
      'soc-t01',
      M.period,
      { input: { participantId: person.id, ...period, startDate: '2025-03-01' } },
      'CONFLICT',
      {
        participantId: person.id,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
    // Its end cannot be before its start, and not a day that does not exist.
    await refusedEach('MALMO', 'soc-t01', M.endPeriod, 'RECORD_SOCIAL_ASSISTANCE', [
      { variables: { id, endDate: '2024-12-31' }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { id, endDate: '2025-02-30' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);

    const ended = await write(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id, endDate: '2025-06-30' },
      { participantId: person.id, category: 'RECORD_SOCIAL_ASSISTANCE' },
    );
    expect(ended.endSocialAssistancePeriod).toEqual({
      id,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      monthlyAmount: 9450.5,
    });
    read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: false, since: null });
    expect(read.socialAssistanceDetails.periods).toEqual([
      { ...data.recordSocialAssistancePeriod, endDate: '2025-06-30' },
    ]);
    // Ended once only.
    await refused('MALMO', 'soc-t01', M.endPeriod, { id, endDate: '2025-07-31' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_SOCIAL_ASSISTANCE',
    });
    // A period after it, back to back, continues it.
    await writeInput(
      'MALMO',
      'soc-t01',
      M.period,
      { participantId: person.id, ...period, startDate: '2025-07-01' },
      'RECORD_SOCIAL_ASSISTANCE',
    );
    read = await readMalmo('soc-t01', person.id);
    expect(read.socialAssistance).toEqual({ withheld: null, receives: true, since: '2025-01-01' });
  });

  it('refuses bad social-assistance periods with BAD_USER_INPUT and stores nothing', async () => {
    const base = {
      participantId: DEMO,
      startDate: '2021-01-01',
      endDate: '2021-06-30',
      monthlyAmount: 5000,
      householdSize: 1,
    };
    await refusedEach('MALMO', 'soc-t01', M.period, 'RECORD_SOCIAL_ASSISTANCE', [
      { variables: { input: { ...base, endDate: '2020-12-31' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, monthlyAmount: -1 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, monthlyAmount: 100.001 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, householdSize: 0 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, householdSize: -2 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, startDate: '2021-02-29' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, startDate: '01/02/2021' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      // Unknown or malformed person: NOT_AVAILABLE. A well-formed id leaves the refused write in the log.
      { variables: { input: { ...base, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
      { variables: { input: { ...base, participantId: 'P-1' } }, code: 'NOT_AVAILABLE', loggedAgainst: null },
    ]);
  });

  it('lets only the socialsekreterare who works with the person record social assistance', async () => {
    const input = {
      participantId: DEMO,
      startDate: '2021-01-01',
      endDate: '2021-06-30',
      monthlyAmount: 5000,
      householdSize: 1,
    };
    const trace = { participantId: DEMO, category: 'RECORD_SOCIAL_ASSISTANCE' };
    await refused('MALMO', 'af-t01', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'fk-utredare', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'ams-t01', M.period, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'soc-other', M.period, { input }, 'NOT_AVAILABLE', trace);
    const open = (await readMalmo('soc-t01', DEMO)).socialAssistanceDetails.periods.find(
      (p: { endDate: string | null }) => p.endDate === null,
    );
    await refused('MALMO', 'af-t01', M.endPeriod, { id: open.id, endDate: '2026-01-31' }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'soc-other', M.endPeriod, { id: open.id, endDate: '2026-01-31' }, 'NOT_AVAILABLE', trace);
  });

  it('adds, updates and ends municipal interventions (labour-market unit and adult education)', async () => {
    await interventionAddedChangedEnded('MALMO', M, DEMO);

    const sfi = await writeInput(
      'MALMO',
      'syv',
      M.add,
      { participantId: DEMO, type: 'SFI', title: 'SFI kurs C', status: 'ONGOING', startDate: '2026-02-02' },
      'RECORD_INTERVENTIONS',
    );
    expect(sfi.addMalmoIntervention.responsibleOfficer).toEqual({
      id: 'malmo-2201',
      role: 'STUDIE_OCH_YRKESVAGLEDARE',
      agency: 'MALMO',
    });
  });

  it('refuses bad interventions with their codes and stores nothing', async () => {
    const input = { participantId: DEMO, ...intervention };
    await refusedEach('MALMO', 'ams-t01', M.add, 'RECORD_INTERVENTIONS', [
      { variables: { input: { ...input, endDate: '2026-01-11' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, extentPercent: 101 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, extentPercent: -1 } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, startDate: '2026-13-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      {
        variables: { input: { ...input, status: 'ONGOING', startDate: null } },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { input: { ...input, title: ' ' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);

    const added = await writeInput('MALMO', 'ams-t01', M.add, input, 'RECORD_INTERVENTIONS');
    const id = added.addMalmoIntervention.id;
    await refusedEach('MALMO', 'ams-t01', M.update, 'RECORD_INTERVENTIONS', [
      { variables: { id, input: { endDate: '2025-12-31' } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { id, input: { extentPercent: 150 } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { id, input: { startDate: '2026-02-31' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);
    await refusedEach('MALMO', 'ams-t01', M.end, 'RECORD_INTERVENTIONS', [
      { variables: { id, endDate: '2026-01-01', status: 'COMPLETED' }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { id, endDate: 'tomorrow', status: 'COMPLETED' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);
    await refused('MALMO', 'ams-t01', M.update, { id: UNKNOWN_RECORD, input: { title: 'x' } }, 'NOT_AVAILABLE', 'none');
    await refused(
      'MALMO',
      'ams-t01',
      M.end,
      { id: 'not-an-id', endDate: '2026-06-30', status: 'CANCELLED' },
      'NOT_AVAILABLE',
      'none',
    );

    // Social services and other agencies do not record municipal interventions.
    const trace = { participantId: DEMO, category: 'RECORD_INTERVENTIONS' };
    await refused('MALMO', 'soc-t01', M.add, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'af-t01', M.add, { input }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'region-vsam', M.update, { id, input: { title: 'x' } }, 'NOT_AVAILABLE', trace);
    await refused('MALMO', 'af-t01', M.end, { id, endDate: '2026-06-30', status: 'CANCELLED' }, 'NOT_AVAILABLE', trace);
    await refused(
      'MALMO',
      'ams-other',
      M.end,
      { id, endDate: '2026-06-30', status: 'CANCELLED' },
      'NOT_AVAILABLE',
      trace,
    );
    expect((await readMalmo('ams-t01', DEMO)).malmoPlanPart.interventions).toContainEqual({ id, ...intervention });
  });

  it('records and withdraws consents, each by the part that holds the category, with effect from the next request', async () => {
    const person = await freshAt('MALMO', 'soc-t01');
    // The arbetsmarknadssekreterare works with the person through the team, and cannot see the status yet.
    expect((await readMalmo('ams-t01', person.id)).socialAssistance.withheld).toEqual({ code: 'WITHHELD' });
    await writeInput('MALMO', 'soc-t01', M.period, { participantId: person.id, ...period }, 'RECORD_SOCIAL_ASSISTANCE');

    const consent = await recordConsent('MALMO', 'soc-t01', {
      participantId: person.id,
      recipient: 'MALMO_LABOUR_MARKET',
      categories: ['SOCIAL_ASSISTANCE_STATUS'],
      validFrom: '2025-01-01',
    });
    expect((await readMalmo('ams-t01', person.id)).socialAssistance).toEqual({
      withheld: null,
      receives: true,
      since: '2025-01-01',
    });

    // The person withdraws through whoever they meet: here the arbetsmarknadssekreterare.
    await withdrawConsent('MALMO', 'ams-t01', consent);
    expect((await readMalmo('ams-t01', person.id)).socialAssistance).toEqual({
      withheld: { code: 'WITHHELD' },
      receives: null,
      since: null,
    });
    expect((await readMalmo('soc-t01', person.id)).malmoConsents[0].state).toBe('WITHDRAWN');

    // Interventions are shared by the labour-market unit or adult education.
    const shared = await writeInput(
      'MALMO',
      'syv',
      M.consent,
      {
        participantId: person.id,
        recipient: 'AF',
        categories: ['INTERVENTIONS'],
        validFrom: '2025-01-01',
        validTo: '2030-12-31',
      },
      'RECORD_CONSENT',
    );
    expect(shared.recordMalmoConsent).toMatchObject({
      recipient: 'AF',
      categories: ['INTERVENTIONS'],
      validTo: '2030-12-31',
      recordedBy: 'malmo-2201',
      state: 'ACTIVE',
    });
    expect((await readMalmo('af-t01', person.id)).malmoPlanPart.withheld).toBeNull();
  });

  it('refuses bad consents and consents recorded by a part that does not hold the category', async () => {
    const input = {
      participantId: DEMO,
      recipient: 'AF',
      categories: ['SOCIAL_ASSISTANCE_STATUS'],
      validFrom: '2025-01-01',
    };
    // Social services hold the social-assistance status.
    await refusedEach(
      'MALMO',
      'soc-t01',
      M.consent,
      'RECORD_CONSENT',
      refusedConsents(input, { badDate: '2025-02-30', holder: 'MALMO_SOCIAL_SERVICES' }),
    );
    // Decided by the caller's part alone: FORBIDDEN, and the refusal is logged.
    const trace = { participantId: DEMO, category: 'RECORD_CONSENT' };
    await refused('MALMO', 'ams-t01', M.consent, { input }, 'FORBIDDEN', trace);
    await refused(
      'MALMO',
      'soc-t01',
      M.consent,
      { input: { ...input, categories: ['INTERVENTIONS'] } },
      'FORBIDDEN',
      trace,
    );
    await refused('MALMO', 'af-t01', M.consent, { input }, 'FORBIDDEN', trace);
    // Social services, but not working with the person.
    await refused('MALMO', 'soc-other', M.consent, { input }, 'NOT_AVAILABLE', trace);

    const consent = (await readMalmo('soc-t01', DEMO)).malmoConsents[0];
    const withdrawal = { participantId: DEMO, category: 'RECORD_CONSENT_WITHDRAWAL' };
    await refused('MALMO', 'af-t01', M.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('MALMO', 'soc-other', M.withdraw, { id: consent.id }, 'NOT_AVAILABLE', withdrawal);
    await refused('MALMO', 'soc-t01', M.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
    expect((await readMalmo('soc-t01', DEMO)).malmoConsents[0].state).toBe(consent.state);
  });

  it("assigns officers of the caller's own part only", async () => {
    const person = await freshAt('MALMO', 'ams-t01', 'T05');
    // soc-t02 is on neither the person's team nor assigned: nothing of social services is visible to them.
    expect((await readMalmo('soc-t02', person.id)).socialAssistanceDetails.withheld).toEqual({ code: 'WITHHELD' });
    const officer = (officerId: string, name: string, role: string) => ({ officerId, name, role });
    const leyla = officer('malmo-2102', 'Leyla Yılmaz', 'ARBETSMARKNADSSEKRETERARE');
    await refusedEach('MALMO', 'ams-t01', M.assign, 'RECORD_ASSIGNMENT', [
      // An arbetsmarknadssekreterare cannot give a socialsekreterare access.
      {
        variables: { pid: person.id, officer: officer('malmo-2002', 'Sara Nilsson', 'SOCIALSEKRETERARE') },
        code: 'FORBIDDEN',
        loggedAgainst: person.id,
      },
      { as: 'af-t01', variables: { pid: person.id, officer: leyla }, code: 'FORBIDDEN', loggedAgainst: person.id },
      // Of a part that may assign its own officer, but not working with the person (not on T05, not assigned): NOT_AVAILABLE.
      {
        as: 'syv',
        variables: { pid: person.id, officer: officer('malmo-2201', 'Maria Ekström', 'STUDIE_OCH_YRKESVAGLEDARE') },
        code: 'NOT_AVAILABLE',
        loggedAgainst: person.id,
      },
      {
        variables: { pid: person.id, officer: officer('bad id!', 'X', 'ARBETSMARKNADSSEKRETERARE') },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { pid: UNKNOWN, officer: leyla }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);

    const data = await write(
      'MALMO',
      'ams-t01',
      M.assign,
      { pid: person.id, officer: leyla },
      { participantId: person.id, category: 'RECORD_ASSIGNMENT' },
    );
    expect(data.assignMalmoOfficer.malmoPlanPart.responsibleOfficers).toEqual(
      expect.arrayContaining([
        { id: 'malmo-2101', role: 'ARBETSMARKNADSSEKRETERARE' },
        { id: 'malmo-2102', role: 'ARBETSMARKNADSSEKRETERARE' },
      ]),
    );
    // The newly assigned officer (team T02 only) now works with the person.
    expect((await readMalmo('ams-t02', person.id)).malmoPlanPart.withheld).toBeNull();
    expect((await readMalmo('ams-t02', person.id)).malmoPlanPart.responsibleOfficers).toHaveLength(2);

    // A socialsekreterare assigning a socialsekreterare: on P-DEMO0001 soc-t01 gives soc-t02 (team T02) the records.
    expect((await readMalmo('soc-t02', DEMO)).socialAssistanceDetails.withheld).toEqual({ code: 'WITHHELD' });
    await write(
      'MALMO',
      'soc-t01',
      M.assign,
      { pid: DEMO, officer: officer('malmo-2002', 'Sara Nilsson', 'SOCIALSEKRETERARE') },
      { participantId: DEMO, category: 'RECORD_ASSIGNMENT' },
    );
    const soc2 = await readMalmo('soc-t02', DEMO);
    expect(soc2.socialAssistanceDetails.withheld).toBeNull();
    expect(soc2.socialAssistanceDetails.periods.length).toBeGreaterThan(0);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // A person Malmö knows, on team T05 with their own officers: nothing of soc-t01's or ams-t01's.
    const other = await freshAt('MALMO', 'soc-other', 'T05');
    const withOther = await writeInput(
      'MALMO',
      'ams-other',
      M.add,
      { participantId: other.id, ...intervention },
      'RECORD_INTERVENTIONS',
    );
    const otherIntervention = withOther.addMalmoIntervention.id;
    await writeInput(
      'MALMO',
      'soc-other',
      M.period,
      { participantId: other.id, ...period },
      'RECORD_SOCIAL_ASSISTANCE',
    );
    const otherPeriod = (await readMalmo('soc-other', other.id)).socialAssistanceDetails.periods[0].id;

    const pairs: Array<[string, string, (pid: string) => Record<string, unknown>, string]> = [
      [
        'soc-t01',
        M.period,
        (pid) => ({
          input: {
            participantId: pid,
            startDate: '2020-01-01',
            endDate: '2020-02-01',
            monthlyAmount: 1,
            householdSize: 1,
          },
        }),
        'RECORD_SOCIAL_ASSISTANCE',
      ],
      ['ams-t01', M.add, (pid) => ({ input: { participantId: pid, ...intervention } }), 'RECORD_INTERVENTIONS'],
      [
        'soc-t01',
        M.consent,
        (pid) => ({
          input: {
            participantId: pid,
            recipient: 'AF',
            categories: ['SOCIAL_ASSISTANCE_STATUS'],
            validFrom: '2025-01-01',
          },
        }),
        'RECORD_CONSENT',
      ],
      [
        'ams-t01',
        M.assign,
        (pid) => ({
          pid,
          officer: { officerId: 'malmo-2101', name: 'Johanna Berg', role: 'ARBETSMARKNADSSEKRETERARE' },
        }),
        'RECORD_ASSIGNMENT',
      ],
    ];
    for (const [persona, query, vars, category] of pairs) {
      await unknownPersonAsNotYours('MALMO', persona, query, vars, other.id, category);
    }
    // The same for records: an id Malmö does not hold, and a record of someone else's.
    const recordPairs: Array<[string, string, (id: string) => Record<string, unknown>, string]> = [
      ['ams-t01', M.update, (id) => ({ id, input: { title: 'x' } }), 'RECORD_INTERVENTIONS'],
      ['ams-t01', M.end, (id) => ({ id, endDate: '2026-06-30', status: 'CANCELLED' }), 'RECORD_INTERVENTIONS'],
    ];
    for (const [persona, query, vars, category] of recordPairs) {
      await unknownRecordAsNotYours(
        'MALMO',
        persona,
        query,
        vars,
        { id: otherIntervention, participantId: other.id },
        category,
      );
    }
    const unknownPeriod = await refused(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id: UNKNOWN_RECORD, endDate: '2025-06-30' },
      'NOT_AVAILABLE',
      'none',
    );
    const notYourPeriod = await refused(
      'MALMO',
      'soc-t01',
      M.endPeriod,
      { id: otherPeriod, endDate: '2025-06-30' },
      'NOT_AVAILABLE',
      {
        participantId: other.id,
        category: 'RECORD_SOCIAL_ASSISTANCE',
      },
    );
    expect(answerOf(notYourPeriod)).toEqual(answerOf(unknownPeriod));
  });
});
