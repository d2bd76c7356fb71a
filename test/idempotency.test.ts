import { randomUUID } from 'node:crypto';
import { luhnCheckDigit, purgeExpiredIdempotencyKeys } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { systemForFile, withIdempotencyKeys } from './support/harness';

/**
 * Idempotency keys: a mutation repeated with the same Idempotency-Key is
 * applied once and answers the same result, through the gateway and
 * straight at a subgraph; the key with other arguments is refused; two
 * identical requests at once apply once; keys expire.
 */
const sys = systemForFile({ population: { ongoing: 12, discharged: 2 } });

const DEMO = SHOWCASE.consenting;
const ENROL = `mutation E($input: EnrolInput!) { enrolParticipant(input: $input) { id } }`;

const viaGateway = withIdempotencyKeys(sys);

const ADD_AF = `mutation Add($input: AfInterventionInput!) { addAfIntervention(input: $input) { id title status version } }`;

function afInput(title: string) {
  return { participantId: DEMO, type: 'WAGE_SUBSIDY', title, status: 'PLANNED', startDate: '2026-03-01' };
}

async function afRowsTitled(title: string): Promise<number> {
  const rows: Array<{ n: number }> = await sys.subgraphs.AF.dataSource.query(
    'SELECT count(*)::int AS n FROM intervention WHERE title = $1',
    [title],
  );
  return rows[0]!.n;
}

async function auditOf(requestIds: string[]) {
  return sys.subgraphs.AF.dataSource.query<
    Array<{ request_id: string; action: string; decision: string; reason: string; categories: string[] }>
  >(
    `SELECT request_id, action, decision, reason, categories FROM audit_log WHERE request_id = ANY($1::text[]) AND participant_id = $2 ORDER BY seq`,
    [requestIds, DEMO],
  );
}

describe('a mutation repeated under the same Idempotency-Key', () => {
  it('is applied once through the gateway and answers the same result; the repeat is logged as a replay', async () => {
    const key = randomUUID();
    const title = `Lönebidrag ${key.slice(0, 8)}`;
    const first = await viaGateway('af-t01', ADD_AF, { input: afInput(title) }, key);
    expect(first.errors).toBeUndefined();
    const again = await viaGateway('af-t01', ADD_AF, { input: afInput(title) }, key);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await afRowsTitled(title)).toBe(1);

    const stored = await sys.subgraphs.AF.dataSource.query(
      'SELECT subject, field, participant_id, categories FROM idempotency_key WHERE key = $1',
      [key],
    );
    expect(stored).toEqual([
      { subject: 'AF:af-1001', field: 'addAfIntervention', participant_id: DEMO, categories: ['RECORD_INTERVENTIONS'] },
    ]);

    const entries = await auditOf([first.headers.get('x-request-id')!, again.headers.get('x-request-id')!]);
    const writes = entries.filter((e) => e.action === 'WRITE');
    expect(writes).toEqual([expect.objectContaining({ decision: 'GRANTED', categories: ['RECORD_INTERVENTIONS'] })]);
    expect(entries.filter((e) => e.reason.includes('Idempotency-Key'))).toEqual([
      expect.objectContaining({ action: 'READ', decision: 'GRANTED', categories: ['RECORD_INTERVENTIONS'] }),
    ]);
  });

  it('without a key, the same request applies twice (the key is what protects a retry)', async () => {
    const title = `Utan nyckel ${randomUUID().slice(0, 8)}`;
    await viaGateway('af-t01', ADD_AF, { input: afInput(title) });
    await viaGateway('af-t01', ADD_AF, { input: afInput(title) });
    expect(await afRowsTitled(title)).toBe(2);
  });

  it('with other arguments or another mutation is refused with IDEMPOTENCY_KEY_REUSED and applies nothing', async () => {
    const key = randomUUID();
    const title = `Första ${key.slice(0, 8)}`;
    expect((await viaGateway('af-t01', ADD_AF, { input: afInput(title) }, key)).errors).toBeUndefined();
    const other = await viaGateway('af-t01', ADD_AF, { input: afInput(`Andra ${key.slice(0, 8)}`) }, key);
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.errors?.[0]?.message).toMatch(/new key/);
    expect(await afRowsTitled(`Andra ${key.slice(0, 8)}`)).toBe(0);
    const goal = await viaGateway(
      'af-t01',
      `mutation G($id: ID!) { setPlanGoal(participantId: $id, goal: WORK, description: "Arbete inom vården") { id } }`,
      { id: DEMO },
      key,
    );
    expect(goal.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it("is kept per caller: another officer's same key is a different request", async () => {
    const key = randomUUID();
    const input = {
      participantId: DEMO,
      type: 'WORK_TRAINING',
      title: `Vägledning ${key.slice(0, 8)}`,
      status: 'PLANNED',
      startDate: '2026-04-01',
    };
    const add = `mutation A($input: MalmoInterventionInput!) { addMalmoIntervention(input: $input) { id } }`;
    const a = await viaGateway('ams-t01', add, { input }, key);
    const b = await viaGateway('syv', add, { input }, key);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data.addMalmoIntervention.id).not.toBe(a.data.addMalmoIntervention.id);
  });

  it('sent eight times at once is applied once, and every answer names the same record', async () => {
    const key = randomUUID();
    const title = `Samtidigt ${key.slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => viaGateway('af-t01', ADD_AF, { input: afInput(title) }, key)),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.addAfIntervention.id)).size).toBe(1);
    expect(await afRowsTitled(title)).toBe(1);
  });

  it('works straight at a subgraph, also for a creation (registration)', async () => {
    const key = randomUUID();
    const nine = `800101${String(Math.floor(Math.random() * 900) + 100)}`;
    const personnummer = `19${nine}${luhnCheckDigit(nine)}`;
    const enrolment = {
      input: {
        personnummer,
        firstName: 'Test',
        lastName: 'Nyckel',
        gender: 'MAN',
        bornOutsideEurope: false,
        residentInMalmo: true,
        registeredAtAf: true,
        monthsWithoutWork: 24,
        entryRoute: 'AF',
        enrolledOn: '2025-02-03',
        socialAssistanceAtEnrolment: false,
      },
    };
    const enrol = await viaGateway('af-t01', ENROL, enrolment, key);
    expect(enrol.errors).toBeUndefined();
    const enrolAgain = await viaGateway('af-t01', ENROL, enrolment, key);
    expect(enrolAgain.data).toEqual(enrol.data);
    const id = enrol.data.enrolParticipant.id as string;

    const register = `mutation R($input: MalmoRegisterInput!) { registerMalmoParticipant(input: $input) { id } }`;
    const variables = {
      input: { participantId: id, personnummer, firstName: 'Test', lastName: 'Nyckel', teamId: 'T01' },
    };
    const headers = { authorization: `Bearer ${await sys.token('soc-t01')}`, 'idempotency-key': `reg-${key}` };
    const first = await sys.direct('MALMO', register, headers, variables);
    const again = await sys.direct('MALMO', register, headers, variables);
    expect(first.errors).toBeUndefined();
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    // Without the key, the repeat is refused as what it is: the person is already registered.
    const unkeyed = await sys.direct('MALMO', register, { authorization: headers.authorization }, variables);
    expect(unkeyed.errors?.[0]?.extensions?.code).toBe('ALREADY_REGISTERED');
    const rows = await sys.subgraphs.MALMO.dataSource.query(
      'SELECT count(*)::int AS n FROM participant WHERE id = $1',
      [id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('the key itself', () => {
  it('must be 8 to 100 letters, digits or ._:- (BAD_USER_INPUT at the gateway and at each subgraph)', async () => {
    const bad = ['short', 'x'.repeat(101), 'has space in it', 'ünïcode-key-1', "quote'key-123"];
    for (const key of bad) {
      const res = await viaGateway('af-t01', ADD_AF, { input: afInput('Ogiltig nyckel') }, key);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const direct = await sys.direct(
        'AF',
        ADD_AF,
        { authorization: `Bearer ${await sys.token('af-t01')}`, 'idempotency-key': key },
        { input: afInput('Ogiltig nyckel') },
      );
      expect(direct.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await afRowsTitled('Ogiltig nyckel')).toBe(0);
  });

  it('covers one mutation field: two under one key are refused', async () => {
    const key = randomUUID();
    const res = await viaGateway(
      'af-t01',
      `mutation Two($a: AfInterventionInput!, $b: AfInterventionInput!) { a: addAfIntervention(input: $a) { id } b: addAfIntervention(input: $b) { id } }`,
      { a: afInput(`Två A ${key.slice(0, 8)}`), b: afInput(`Två B ${key.slice(0, 8)}`) },
      key,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    expect(await afRowsTitled(`Två B ${key.slice(0, 8)}`)).toBe(0);
  });

  it('expires after 24 hours: then it may be used again, and expired keys are removed', async () => {
    const key = randomUUID();
    expect(
      (await viaGateway('af-t01', ADD_AF, { input: afInput(`Gammal ${key.slice(0, 8)}`) }, key)).errors,
    ).toBeUndefined();
    // Age the key as it would be a day later.
    await sys.subgraphs.AF.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    const reused = await viaGateway('af-t01', ADD_AF, { input: afInput(`Ny ${key.slice(0, 8)}`) }, key);
    expect(reused.errors).toBeUndefined();
    expect(await afRowsTitled(`Ny ${key.slice(0, 8)}`)).toBe(1);

    const other = randomUUID();
    expect(
      (await viaGateway('af-t01', ADD_AF, { input: afInput(`Rensas ${other.slice(0, 8)}`) }, other)).errors,
    ).toBeUndefined();
    await sys.subgraphs.AF.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [other],
    );
    expect(await purgeExpiredIdempotencyKeys(sys.subgraphs.AF.dataSource)).toBeGreaterThanOrEqual(1);
    expect(await sys.subgraphs.AF.dataSource.query('SELECT 1 FROM idempotency_key WHERE key = $1', [other])).toEqual(
      [],
    );
  });
});
