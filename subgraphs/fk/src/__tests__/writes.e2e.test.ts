import {
  DEMO,
  enrol,
  F,
  freshAt,
  refused,
  refusedEach,
  register,
  refusedRegistrations,
  duplicateRegistrations,
  registrationsByOtherAgencies,
  startWritesSystem,
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
 * Writes of Försäkringskassan, end to end through the gateway: every
 * mutation of FK's subgraph with its officers, the written record read back
 * through FK's own fields, refusals with their codes, nothing half-written,
 * and the audit trail each write (or refused write) leaves at FK.
 */
startWritesSystem();

const readFk = personReader(F.read);

describe('Försäkringskassan', () => {
  const intervention = agencyTests.intervention.written!.example;

  it('registers a person once and assigns the registering försäkringsutredare', async () => {
    const person = await enrol();
    const input = registration(person, 'T11');
    const data = await register('FK', 'fk-utredare', input);
    expect(data.registerFkParticipant).toEqual({
      id: person.id,
      fkPlanPart: {
        withheld: null,
        interventions: [],
        responsibleOfficers: [{ id: 'fk-3001', name: 'Eva Sjöberg', role: 'FORSAKRINGSUTREDARE', agency: 'FK' }],
      },
    });
    const read = await readFk('fk-utredare', person.id);
    expect(read.benefits).toEqual({ withheld: null, periods: [] });
    expect(read.workCapacity).toEqual({ withheld: null, assessments: [] });
    expect(read.fkConsents).toEqual([]);

    await refusedRegistrations('FK', input, [
      // fk-other works with no one on T11: a duplicate reads as a refused registration, logged against the person FK holds.
      ...duplicateRegistrations(input, { registrar: 'fk-utredare', mayNotKnow: 'fk-other' }),
      {
        as: 'fk-utredare',
        input: { participantId: 'P-ZZZZZZZX', personnummer: '19750314901' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      // Registration is for FK staff: refused, with the same answer as a duplicate, and logged.
      ...registrationsByOtherAgencies(input, ['af-t01', 'soc-t01']),
    ]);
  });

  it('records benefit periods, with the 25/50/75/100 rule and at most full benefit on any day', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    const base = { participantId: person.id, type: 'SJUKPENNING', extentPercent: 50, start: '2025-01-01' };
    const first = await writeInput('FK', 'fk-utredare', F.benefit, base, 'RECORD_BENEFITS');
    const id = first.recordBenefitPeriod.id;
    expect(first.recordBenefitPeriod).toEqual({
      id,
      type: 'SJUKPENNING',
      extentPercent: 50,
      start: '2025-01-01',
      end: null,
    });
    expect((await readFk('fk-utredare', person.id)).benefits).toEqual({
      withheld: null,
      periods: [first.recordBenefitPeriod],
    });

    // Half plus three quarters is more than full benefit.
    await refused(
      'FK',
      'fk-utredare',
      F.benefit,
      { input: { ...base, type: 'AKTIVITETSERSATTNING', extentPercent: 75, start: '2025-03-01' } },
      'CONFLICT',
      {
        participantId: person.id,
        category: 'RECORD_BENEFITS',
      },
    );
    // 25/50/75/100 only, and never outside 0–100.
    for (const extentPercent of [30, 0, 101, 150, -25]) {
      await refused(
        'FK',
        'fk-utredare',
        F.benefit,
        { input: { ...base, start: '2020-01-01', end: '2020-02-01', extentPercent } },
        'BAD_USER_INPUT',
        'none',
      );
    }
    await refusedEach('FK', 'fk-utredare', F.benefit, 'RECORD_BENEFITS', [
      {
        variables: { input: { ...base, start: '2020-02-01', end: '2020-01-31' } },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { input: { ...base, start: '2020-02-30' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...base, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);

    await refusedEach('FK', 'fk-utredare', F.endBenefit, 'RECORD_BENEFITS', [
      { variables: { id, end: '2024-12-31' }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { id, end: '2025-02-29' }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);
    const ended = await write(
      'FK',
      'fk-utredare',
      F.endBenefit,
      { id, end: '2025-02-28' },
      { participantId: person.id, category: 'RECORD_BENEFITS' },
    );
    expect(ended.endBenefitPeriod).toEqual({
      id,
      type: 'SJUKPENNING',
      extentPercent: 50,
      start: '2025-01-01',
      end: '2025-02-28',
    });
    await refused('FK', 'fk-utredare', F.endBenefit, { id, end: '2025-03-31' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_BENEFITS',
    });

    // Now the three-quarter benefit fits after it.
    const second = await writeInput(
      'FK',
      'fk-utredare',
      F.benefit,
      { ...base, type: 'AKTIVITETSERSATTNING', extentPercent: 75, start: '2025-03-01' },
      'RECORD_BENEFITS',
    );
    const periods = (await readFk('fk-utredare', person.id)).benefits.periods;
    expect(periods).toEqual([second.recordBenefitPeriod, ended.endBenefitPeriod]);
  });

  it('records work-capacity assessments and the referral, once', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    const input = {
      participantId: person.id,
      assessedOn: '2025-05-12',
      capacityPercent: 50,
      summary: 'Kan arbeta halvtid, förmiddagar.',
    };
    const data = await writeInput('FK', 'fk-utredare', F.capacity, input, 'RECORD_WORK_CAPACITY');
    expect(data.recordWorkCapacityAssessment).toEqual({
      id: data.recordWorkCapacityAssessment.id,
      assessedOn: '2025-05-12',
      capacityPercent: 50,
      summary: input.summary,
    });
    expect((await readFk('fk-utredare', person.id)).workCapacity).toEqual({
      withheld: null,
      assessments: [data.recordWorkCapacityAssessment],
    });
    for (const capacityPercent of [101, -1]) {
      await refused(
        'FK',
        'fk-utredare',
        F.capacity,
        { input: { ...input, capacityPercent } },
        'BAD_USER_INPUT',
        'none',
      );
    }
    await refusedEach('FK', 'fk-utredare', F.capacity, 'RECORD_WORK_CAPACITY', [
      { variables: { input: { ...input, assessedOn: '2999-01-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, assessedOn: '2025-04-31' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, summary: '' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);

    // Before the referral, the team sees the same as when it is withheld.
    expect((await readFk('af-t01', person.id)).fkReferral).toEqual({
      withheld: { code: 'WITHHELD' },
      referredOn: null,
    });
    const referral = {
      participantId: person.id,
      referredOn: '2025-01-10',
      reason: 'Långvarig sjukskrivning, långt från arbetsmarknaden.',
    };
    await refusedEach('FK', 'fk-utredare', F.referral, null, [
      { variables: { input: { ...referral, referredOn: '2999-01-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...referral, referredOn: '2025-1-10' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...referral, reason: '  ' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
    ]);
    const made = await writeInput('FK', 'fk-utredare', F.referral, referral, 'RECORD_REFERRAL');
    expect(made.recordFkReferral).toEqual({ withheld: null, referredOn: '2025-01-10' });
    // A programme fact for the whole team (af-t01 is on T01).
    expect((await readFk('af-t01', person.id)).fkReferral).toEqual({ withheld: null, referredOn: '2025-01-10' });
    await refused('FK', 'fk-utredare', F.referral, { input: { ...referral, referredOn: '2025-02-01' } }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_REFERRAL',
    });
  });

  it('adds, updates and ends FK interventions', async () => {
    await interventionAddedChangedEnded('FK', F, DEMO);

    const input = { participantId: DEMO, ...intervention };
    await refusedEach('FK', 'fk-utredare', F.add, 'RECORD_INTERVENTIONS', [
      { variables: { input: { ...input, endDate: '2026-02-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { input: { ...input, extentPercent: 101 } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { input: { ...input, extentPercent: -5 } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { input: { ...input, startDate: '2026-02-29' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
    const open = await writeInput('FK', 'fk-utredare', F.add, input, 'RECORD_INTERVENTIONS');
    const openId = open.addFkIntervention.id;
    await refusedEach('FK', 'fk-utredare', F.update, 'RECORD_INTERVENTIONS', [
      { variables: { id: openId, input: { endDate: '2026-01-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { id: openId, input: { extentPercent: 120 } }, code: 'BAD_USER_INPUT', loggedAgainst: DEMO },
      { variables: { id: UNKNOWN_RECORD, input: { title: 'x' } }, code: 'NOT_AVAILABLE', loggedAgainst: null },
    ]);
    await refusedEach('FK', 'fk-utredare', F.end, 'RECORD_INTERVENTIONS', [
      {
        variables: { id: openId, endDate: '2026-02-01', status: 'COMPLETED' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: DEMO,
      },
      {
        variables: { id: openId, endDate: '20260301', status: 'COMPLETED' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
    ]);
  });

  it('records and withdraws consents, with effect for the named party from the next request', async () => {
    const person = await freshAt('FK', 'fk-utredare');
    await writeInput(
      'FK',
      'fk-utredare',
      F.benefit,
      { participantId: person.id, type: 'REHABILITERINGSPENNING', extentPercent: 100, start: '2025-01-01' },
      'RECORD_BENEFITS',
    );
    expect((await readFk('af-t01', person.id)).benefits).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });
    const consent = await recordConsent('FK', 'fk-utredare', {
      participantId: person.id,
      recipient: 'AF',
      categories: ['BENEFITS', 'WORK_CAPACITY'],
      validFrom: '2025-01-01',
    });
    expect((await readFk('af-t01', person.id)).benefits.withheld).toBeNull();
    // The consent names AF only.
    expect((await readFk('region-vsam', person.id)).benefits.withheld).toEqual({ code: 'WITHHELD' });

    await withdrawConsent('FK', 'fk-utredare', consent);
    expect((await readFk('af-t01', person.id)).benefits).toEqual({ withheld: { code: 'WITHHELD' }, periods: [] });

    const input = { participantId: person.id, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' };
    await refusedEach(
      'FK',
      'fk-utredare',
      F.consent,
      'RECORD_CONSENT',
      refusedConsents(input, { badDate: '2025-13-01', holder: 'FK' }),
    );
    await refused('FK', 'fk-utredare', F.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
  });

  it('lets no other agency, and no FK officer who does not work with the person, write at FK', async () => {
    const consent = (await readFk('fk-utredare', DEMO)).fkConsents[0];
    const benefit = (await readFk('fk-utredare', DEMO)).benefits.periods[0];
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        F.benefit,
        {
          input: {
            participantId: DEMO,
            type: 'SJUKPENNING',
            extentPercent: 25,
            start: '2019-01-01',
            end: '2019-02-01',
          },
        },
        'RECORD_BENEFITS',
      ],
      [F.endBenefit, { id: benefit.id, end: '2030-01-01' }, 'RECORD_BENEFITS'],
      [
        F.capacity,
        { input: { participantId: DEMO, assessedOn: '2025-01-01', capacityPercent: 25, summary: 'x' } },
        'RECORD_WORK_CAPACITY',
      ],
      [F.referral, { input: { participantId: DEMO, referredOn: '2025-01-01', reason: 'x' } }, 'RECORD_REFERRAL'],
      [F.add, { input: { participantId: DEMO, ...intervention } }, 'RECORD_INTERVENTIONS'],
      [
        F.consent,
        { input: { participantId: DEMO, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' } },
        'RECORD_CONSENT',
      ],
      [F.withdraw, { id: consent.id }, 'RECORD_CONSENT_WITHDRAWAL'],
    ];
    for (const persona of ['af-t01', 'soc-t01', 'region-vsam', 'fk-other']) {
      for (const [query, variables, category] of cases) {
        await refused('FK', persona, query, variables, 'NOT_AVAILABLE', { participantId: DEMO, category });
      }
    }
    expect((await readFk('fk-utredare', DEMO)).fkConsents[0]).toEqual(consent);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // Registered by an FK officer outside the programme, on team T05: nothing of fk-utredare's.
    const other = await freshAt('FK', 'fk-other', 'T05');
    const added = await writeInput(
      'FK',
      'fk-other',
      F.add,
      { participantId: other.id, ...intervention },
      'RECORD_INTERVENTIONS',
    );
    const benefit = await writeInput(
      'FK',
      'fk-other',
      F.benefit,
      { participantId: other.id, type: 'SJUKPENNING', extentPercent: 25, start: '2025-01-01' },
      'RECORD_BENEFITS',
    );
    const pairs: Array<[string, (pid: string) => Record<string, unknown>, string]> = [
      [
        F.benefit,
        (pid) => ({ input: { participantId: pid, type: 'SJUKPENNING', extentPercent: 25, start: '2019-01-01' } }),
        'RECORD_BENEFITS',
      ],
      [
        F.capacity,
        (pid) => ({ input: { participantId: pid, assessedOn: '2025-01-01', capacityPercent: 25, summary: 'x' } }),
        'RECORD_WORK_CAPACITY',
      ],
      [
        F.referral,
        (pid) => ({ input: { participantId: pid, referredOn: '2025-01-01', reason: 'x' } }),
        'RECORD_REFERRAL',
      ],
      [F.add, (pid) => ({ input: { participantId: pid, ...intervention } }), 'RECORD_INTERVENTIONS'],
      [
        F.consent,
        (pid) => ({
          input: { participantId: pid, recipient: 'AF', categories: ['BENEFITS'], validFrom: '2025-01-01' },
        }),
        'RECORD_CONSENT',
      ],
    ];
    for (const [query, vars, category] of pairs) {
      await unknownPersonAsNotYours('FK', 'fk-utredare', query, vars, other.id, category);
    }
    const records: Array<[string, (id: string) => Record<string, unknown>, string, string]> = [
      [F.update, (id) => ({ id, input: { title: 'x' } }), added.addFkIntervention.id, 'RECORD_INTERVENTIONS'],
      [
        F.end,
        (id) => ({ id, endDate: '2026-05-01', status: 'CANCELLED' }),
        added.addFkIntervention.id,
        'RECORD_INTERVENTIONS',
      ],
      [F.endBenefit, (id) => ({ id, end: '2025-06-30' }), benefit.recordBenefitPeriod.id, 'RECORD_BENEFITS'],
    ];
    for (const [query, vars, theirs, category] of records) {
      await unknownRecordAsNotYours(
        'FK',
        'fk-utredare',
        query,
        vars,
        { id: theirs, participantId: other.id },
        category,
      );
    }
  });
});
