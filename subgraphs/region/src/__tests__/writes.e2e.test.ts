import {
  auditOf,
  DEMO,
  enrol,
  freshAt,
  newPersonnummer,
  refused,
  refusedEach,
  register,
  refusedRegistrations,
  duplicateRegistrations,
  registrationsByOtherAgencies,
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
  registration,
  recordConsent,
  withdrawConsent,
  personReader,
  refusedConsents,
} from '../../../../test/support/agency-writes';

/**
 * Writes of Region Skåne, end to end through the gateway: every mutation of
 * the region's subgraph with its officers, the written record read back
 * through the region's own fields, refusals with their codes, nothing
 * half-written, and the audit trail each write (or refused write) leaves at
 * the region.
 */
startWritesSystem();

/** Region Skåne's mutations and what its own fields read, as GraphQL documents. */
const R = {
  handOver: `mutation H($pid: ID!, $officerId: ID!, $officerName: String!) { assignCareCoordinator(participantId: $pid, officerId: $officerId, officerName: $officerName) {
    id careCoordination { withheld { code } careCoordinator { id name role agency } } } }`,
  add: `mutation A($input: CareActivityInput!) { addCareActivity(input: $input) {
    id type title status startDate endDate extentPercent coordinationNote responsibleOfficer { id role agency } } }`,
  update: `mutation U($id: ID!, $input: CareActivityUpdate!) { updateCareActivity(id: $id, input: $input) { id status title startDate endDate extentPercent coordinationNote } }`,
  end: `mutation E($id: ID!, $endDate: Date!, $status: CareActivityEndStatus!) { endCareActivity(id: $id, endDate: $endDate, status: $status) { id status endDate coordinationNote } }`,
  consent: `mutation C($input: RegionConsentInput!) { recordRegionConsent(input: $input) { id agency recipient categories validFrom validTo withdrawnAt recordedBy state } }`,
  withdraw: `mutation W($id: ID!) { withdrawRegionConsent(id: $id) { id recipient withdrawnAt state } }`,
  block: `mutation B($pid: ID!, $blocked: Boolean!) { setSharingBlock(participantId: $pid, blocked: $blocked) { id sharingBlocked } }`,
  note: `mutation N($input: ClinicalNoteInput!) { recordClinicalNote(input: $input) { id writtenAt } }`,
  read: `query R($id: ID!) { participant(id: $id) { id
    regionPlanPart { withheld { code } interventions { id type title status startDate endDate extentPercent } }
    careCoordination { withheld { code } careCoordinator { id name role agency } activities { id type title status startDate endDate extentPercent coordinationNote } }
    regionConsents { id recipient categories validFrom validTo state withdrawnAt recordedBy }
    sharingBlocked } }`,
};

const readRegion = personReader(R.read);

describe('Region Skåne', () => {
  const activity = {
    type: 'SUPPORT_CONVERSATION',
    title: 'Stödsamtal',
    status: 'PLANNED',
    startDate: '2026-01-19',
    endDate: '2026-04-30',
    extentPercent: 10,
    coordinationNote: 'Varannan tisdag på vårdcentralen.',
  };

  it('registers a person once, with the registering vårdsamordnare as care coordinator', async () => {
    const person = await enrol();
    const input = registration(person);
    const data = await register('REGION', 'region-vsam', input);
    expect(data.registerRegionParticipant).toEqual({
      id: person.id,
      careCoordination: {
        withheld: null,
        careCoordinator: { id: 'region-4001', name: 'Daniel Holm', role: 'VARDSAMORDNARE', agency: 'REGION' },
        activities: [],
      },
    });
    expect((await readRegion('region-vsam', person.id)).sharingBlocked).toBe(false);
    await refusedRegistrations('REGION', input, [
      // region-other is not the person's vårdsamordnare: a duplicate reads as a refused registration, logged against the person.
      ...duplicateRegistrations(input, { registrar: 'region-vsam', mayNotKnow: 'region-other' }),
      {
        as: 'region-vsam',
        input: { participantId: 'P-ZZZZZZZX', personnummer: newPersonnummer(), teamId: 'X1' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      // Registration is for the region's vårdsamordnare: refused, with the same answer as a duplicate, and logged.
      ...registrationsByOtherAgencies(input, ['fk-utredare']),
    ]);
  });

  it('adds, updates and ends care activities, with the coordination note kept in the region', async () => {
    const person = await freshAt('REGION', 'region-vsam');
    const added = await writeInput(
      'REGION',
      'region-vsam',
      R.add,
      { participantId: person.id, ...activity },
      'RECORD_INTERVENTIONS',
    );
    const id = added.addCareActivity.id;
    expect(added.addCareActivity).toEqual({
      id,
      ...activity,
      responsibleOfficer: { id: 'region-4001', role: 'VARDSAMORDNARE', agency: 'REGION' },
    });
    let read = await readRegion('region-vsam', person.id);
    expect(read.careCoordination.activities).toEqual([{ id, ...activity }]);
    const { coordinationNote: _note, ...planned } = activity;
    expect(read.regionPlanPart).toEqual({ withheld: null, interventions: [{ id, ...planned }] });

    const updated = await write(
      'REGION',
      'region-vsam',
      R.update,
      { id, input: { status: 'ONGOING', extentPercent: 20, coordinationNote: 'Flyttat till torsdagar.' } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(updated.updateCareActivity).toEqual({
      id,
      status: 'ONGOING',
      title: 'Stödsamtal',
      startDate: '2026-01-19',
      endDate: '2026-04-30',
      extentPercent: 20,
      coordinationNote: 'Flyttat till torsdagar.',
    });
    // A null note removes it.
    const cleared = await write(
      'REGION',
      'region-vsam',
      R.update,
      { id, input: { coordinationNote: null } },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(cleared.updateCareActivity.coordinationNote).toBeNull();
    expect(
      await sys.subgraphs.REGION.dataSource.query(
        'SELECT count(*)::int AS n FROM care_activity_note WHERE intervention_id = $1',
        [id],
      ),
    ).toEqual([{ n: 0 }]);

    const ended = await write(
      'REGION',
      'region-vsam',
      R.end,
      { id, endDate: '2026-03-31', status: 'COMPLETED' },
      { participantId: person.id, category: 'RECORD_INTERVENTIONS' },
    );
    expect(ended.endCareActivity).toEqual({ id, status: 'COMPLETED', endDate: '2026-03-31', coordinationNote: null });
    read = await readRegion('region-vsam', person.id);
    expect(read.careCoordination.activities).toEqual([
      { id, ...activity, status: 'COMPLETED', endDate: '2026-03-31', extentPercent: 20, coordinationNote: null },
    ]);
    await refused('REGION', 'region-vsam', R.end, { id, endDate: '2026-04-30', status: 'CANCELLED' }, 'CONFLICT', {
      participantId: person.id,
      category: 'RECORD_INTERVENTIONS',
    });

    const input = { participantId: person.id, ...activity };
    await refusedEach('REGION', 'region-vsam', R.add, 'RECORD_INTERVENTIONS', [
      { variables: { input: { ...input, endDate: '2026-01-18' } }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { input: { ...input, extentPercent: 101 } }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { input: { ...input, extentPercent: -10 } }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { input: { ...input, startDate: '2026-04-31' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      {
        variables: { input: { ...input, coordinationNote: 'x'.repeat(1001) } },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
    const open = await writeInput('REGION', 'region-vsam', R.add, input, 'RECORD_INTERVENTIONS');
    const openId = open.addCareActivity.id;
    await refusedEach('REGION', 'region-vsam', R.update, 'RECORD_INTERVENTIONS', [
      { variables: { id: openId, input: { endDate: '2026-01-01' } }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { id: openId, input: { extentPercent: 200 } }, code: 'BAD_USER_INPUT', loggedAgainst: person.id },
      { variables: { id: openId, input: { coordinationNote: '' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { id: UNKNOWN_RECORD, input: { title: 'x' } }, code: 'NOT_AVAILABLE', loggedAgainst: null },
    ]);
    await refusedEach('REGION', 'region-vsam', R.end, 'RECORD_INTERVENTIONS', [
      {
        variables: { id: openId, endDate: '2026-01-18', status: 'COMPLETED' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: person.id,
      },
      {
        variables: { id: openId, endDate: '2026-1-31', status: 'COMPLETED' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
    ]);
  });

  it('hands the person over to another vårdsamordnare', async () => {
    const person = await freshAt('REGION', 'region-vsam', 'T05');
    const data = await write(
      'REGION',
      'region-vsam',
      R.handOver,
      { pid: person.id, officerId: 'region-4002', officerName: 'Emil Sandberg' },
      { participantId: person.id, category: 'RECORD_CARE_COORDINATOR' },
    );
    // The previous vårdsamordnare does not support T05, so the answer is already withheld from them.
    expect(data.assignCareCoordinator.careCoordination).toEqual({
      withheld: { code: 'WITHHELD' },
      careCoordinator: null,
    });
    expect(
      await sys.subgraphs.REGION.dataSource.query('SELECT officer_id FROM assignment WHERE participant_id = $1', [
        person.id,
      ]),
    ).toEqual([{ officer_id: 'region-4002' }]);
    expect((await readRegion('region-other', person.id)).careCoordination.careCoordinator).toEqual({
      id: 'region-4002',
      name: 'Emil Sandberg',
      role: 'VARDSAMORDNARE',
      agency: 'REGION',
    });
    // Now region-vsam no longer works with the person.
    await refusedEach('REGION', 'region-vsam', R.handOver, 'RECORD_CARE_COORDINATOR', [
      {
        variables: { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
        code: 'NOT_AVAILABLE',
        loggedAgainst: person.id,
      },
      {
        as: 'region-other',
        variables: { pid: person.id, officerId: 'not an id', officerName: 'X' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      {
        as: 'region-other',
        variables: { pid: person.id, officerId: 'region-4001', officerName: ' ' },
        code: 'BAD_USER_INPUT',
        loggedAgainst: null,
      },
      {
        as: 'region-other',
        variables: { pid: UNKNOWN, officerId: 'region-4001', officerName: 'Daniel Holm' },
        code: 'NOT_AVAILABLE',
        loggedAgainst: UNKNOWN,
      },
      {
        as: 'af-t01',
        variables: { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
        code: 'NOT_AVAILABLE',
        loggedAgainst: person.id,
      },
    ]);
    const back = await write(
      'REGION',
      'region-other',
      R.handOver,
      { pid: person.id, officerId: 'region-4001', officerName: 'Daniel Holm' },
      { participantId: person.id, category: 'RECORD_CARE_COORDINATOR' },
    );
    expect(back.assignCareCoordinator.careCoordination).toEqual({
      withheld: { code: 'WITHHELD' },
      careCoordinator: null,
    });
    expect((await readRegion('region-vsam', person.id)).careCoordination.careCoordinator).toEqual({
      id: 'region-4001',
      name: 'Daniel Holm',
      role: 'VARDSAMORDNARE',
      agency: 'REGION',
    });
  });

  it('records and withdraws consents, and a spärr wins over them', async () => {
    const person = await freshAt('REGION', 'region-vsam');
    await writeInput('REGION', 'region-vsam', R.add, { participantId: person.id, ...activity }, 'RECORD_INTERVENTIONS');
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    const consent = await recordConsent('REGION', 'region-vsam', {
      participantId: person.id,
      recipient: 'AF',
      categories: ['INTERVENTIONS'],
      validFrom: '2025-01-01',
      validTo: '2029-12-31',
    });
    const af = await readRegion('af-t01', person.id);
    expect(af.regionPlanPart.withheld).toBeNull();
    expect(af.regionPlanPart.interventions).toHaveLength(1);
    // Never the region's own view, nor whether a spärr is set.
    expect(af.careCoordination).toEqual({ withheld: { code: 'WITHHELD' }, careCoordinator: null, activities: [] });
    expect(af.sharingBlocked).toBeNull();

    // Spärr: wins over the consent; the vårdsamordnare keeps access.
    const blocked = await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: person.id, blocked: true },
      { participantId: person.id, category: 'RECORD_SHARING_BLOCK' },
    );
    expect(blocked.setSharingBlock).toEqual({ id: person.id, sharingBlocked: true });
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    expect((await readRegion('region-vsam', person.id)).regionPlanPart.withheld).toBeNull();
    const lifted = await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: person.id, blocked: false },
      { participantId: person.id, category: 'RECORD_SHARING_BLOCK' },
    );
    expect(lifted.setSharingBlock).toEqual({ id: person.id, sharingBlocked: false });
    expect((await readRegion('af-t01', person.id)).regionPlanPart.withheld).toBeNull();

    await withdrawConsent('REGION', 'region-vsam', consent);
    expect((await readRegion('af-t01', person.id)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });

    const input = { participantId: person.id, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' };
    await refusedEach(
      'REGION',
      'region-vsam',
      R.consent,
      'RECORD_CONSENT',
      refusedConsents(input, { badDate: '2025-00-10', holder: 'REGION' }),
    );
    await refused('REGION', 'region-vsam', R.withdraw, { id: UNKNOWN_RECORD }, 'NOT_AVAILABLE', 'none');
    await refused('REGION', 'region-vsam', R.block, { pid: UNKNOWN, blocked: true }, 'NOT_AVAILABLE', {
      participantId: UNKNOWN,
      category: 'RECORD_SHARING_BLOCK',
    });
  });

  it('sets a spärr on a seeded person, and lifts it again', async () => {
    expect((await readRegion('af-t01', DEMO)).regionPlanPart.withheld).toBeNull();
    await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: DEMO, blocked: true },
      { participantId: DEMO, category: 'RECORD_SHARING_BLOCK' },
    );
    expect((await readRegion('af-t01', DEMO)).regionPlanPart).toEqual({
      withheld: { code: 'WITHHELD' },
      interventions: [],
    });
    expect((await readRegion('region-vsam', DEMO)).sharingBlocked).toBe(true);
    await refusedEach('REGION', 'af-t01', R.block, 'RECORD_SHARING_BLOCK', [
      { variables: { pid: DEMO, blocked: false }, code: 'NOT_AVAILABLE', loggedAgainst: DEMO },
      { as: 'region-other', variables: { pid: DEMO, blocked: false }, code: 'NOT_AVAILABLE', loggedAgainst: DEMO },
    ]);
    await write(
      'REGION',
      'region-vsam',
      R.block,
      { pid: DEMO, blocked: false },
      { participantId: DEMO, category: 'RECORD_SHARING_BLOCK' },
    );
    expect((await readRegion('af-t01', DEMO)).regionPlanPart.withheld).toBeNull();
    expect((await readRegion('region-vsam', DEMO)).sharingBlocked).toBe(false);
  });

  it('stores a clinical note and answers only with a receipt', async () => {
    // The service's role may count notes and read their id and time, nothing else (not even whose they are).
    const before = await rowCount('REGION', 'clinical_note');
    const input = { participantId: DEMO, diagnosisCode: 'f43.8a', note: 'Utmattningssyndrom, successiv upptrappning.' };
    const res = await sys.query('region-vsam', R.note, { input });
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data.recordClinicalNote).sort()).toEqual(['id', 'writtenAt']);
    expect(JSON.stringify(res.data)).not.toContain('F43.8A');
    expect(JSON.stringify(res.data)).not.toContain('Utmattning');
    const entries = (await auditOf('REGION', requestIdOf(res))).filter((r) => r.action === 'WRITE');
    expect(entries).toEqual([
      {
        participant_id: DEMO,
        categories: ['RECORD_CLINICAL'],
        action: 'WRITE',
        decision: 'GRANTED',
        officer_id: 'region-4001',
        organisation: 'REGION',
      },
    ]);
    expect(await rowCount('REGION', 'clinical_note')).toBe(before + 1);
    // Stored as a proper code, and readable by no one through the service.
    const receipt = await sys.subgraphs.REGION.dataSource.query('SELECT id FROM clinical_note WHERE id = $1', [
      res.data.recordClinicalNote.id,
    ]);
    expect(receipt).toHaveLength(1);
    await expect(
      sys.subgraphs.REGION.dataSource.query('SELECT diagnosis_code FROM clinical_note LIMIT 1'),
    ).rejects.toMatchObject({ code: '42501' });

    await refusedEach('REGION', 'region-vsam', R.note, 'RECORD_CLINICAL', [
      { variables: { input: { ...input, diagnosisCode: 'depression' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, note: '' } }, code: 'BAD_USER_INPUT', loggedAgainst: null },
      { variables: { input: { ...input, participantId: UNKNOWN } }, code: 'NOT_AVAILABLE', loggedAgainst: UNKNOWN },
    ]);
    for (const persona of ['af-t01', 'soc-t01', 'fk-utredare', 'region-other']) {
      await refused('REGION', persona, R.note, { input }, 'NOT_AVAILABLE', {
        participantId: DEMO,
        category: 'RECORD_CLINICAL',
      });
    }
  });

  it('lets no other agency write at the region', async () => {
    const read = await readRegion('region-vsam', DEMO);
    const activityId = read.careCoordination.activities[0].id;
    const consentId = read.regionConsents[0].id;
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [R.add, { input: { participantId: DEMO, ...activity } }, 'RECORD_INTERVENTIONS'],
      [R.update, { id: activityId, input: { title: 'x' } }, 'RECORD_INTERVENTIONS'],
      [R.end, { id: activityId, endDate: '2030-01-01', status: 'CANCELLED' }, 'RECORD_INTERVENTIONS'],
      [
        R.consent,
        { input: { participantId: DEMO, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' } },
        'RECORD_CONSENT',
      ],
      [R.withdraw, { id: consentId }, 'RECORD_CONSENT_WITHDRAWAL'],
      [R.handOver, { pid: DEMO, officerId: 'region-4002', officerName: 'Emil Sandberg' }, 'RECORD_CARE_COORDINATOR'],
    ];
    for (const persona of ['af-t01', 'soc-t01', 'fk-utredare', 'region-other']) {
      for (const [query, variables, category] of cases) {
        await refused('REGION', persona, query, variables, 'NOT_AVAILABLE', { participantId: DEMO, category });
      }
    }
    expect(await readRegion('region-vsam', DEMO)).toEqual(read);
  });

  it('answers an unknown person exactly as one the caller may not touch', async () => {
    // Registered by a vårdsamordnare outside the programme, on team T05: region-vsam does not support T05.
    const other = await freshAt('REGION', 'region-other', 'T05');
    const added = await writeInput(
      'REGION',
      'region-other',
      R.add,
      { participantId: other.id, ...activity },
      'RECORD_INTERVENTIONS',
    );
    const pairs: Array<[string, (pid: string) => Record<string, unknown>, string]> = [
      [R.add, (pid) => ({ input: { participantId: pid, ...activity } }), 'RECORD_INTERVENTIONS'],
      [
        R.consent,
        (pid) => ({
          input: { participantId: pid, recipient: 'AF', categories: ['INTERVENTIONS'], validFrom: '2025-01-01' },
        }),
        'RECORD_CONSENT',
      ],
      [R.block, (pid) => ({ pid, blocked: true }), 'RECORD_SHARING_BLOCK'],
      [R.handOver, (pid) => ({ pid, officerId: 'region-4001', officerName: 'Daniel Holm' }), 'RECORD_CARE_COORDINATOR'],
      [R.note, (pid) => ({ input: { participantId: pid, diagnosisCode: 'F32.1', note: 'x' } }), 'RECORD_CLINICAL'],
    ];
    for (const [query, vars, category] of pairs) {
      await unknownPersonAsNotYours('REGION', 'region-vsam', query, vars, other.id, category);
    }
    for (const [query, vars] of [
      [R.update, (id: string) => ({ id, input: { title: 'x' } })],
      [R.end, (id: string) => ({ id, endDate: '2026-04-01', status: 'CANCELLED' })],
    ] as const) {
      await unknownRecordAsNotYours(
        'REGION',
        'region-vsam',
        query,
        vars,
        { id: added.addCareActivity.id, participantId: other.id },
        'RECORD_INTERVENTIONS',
      );
    }
  });
});
