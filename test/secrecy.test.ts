import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AGENCIES, now } from '@malmokraften/shared';
import { SHOWCASE, signToken, personaClaimsFor } from './support/tokens';
import { startTestSystem, post, type TestSystem } from './support/harness';

/**
 * Secrecy at the source, end to end through the gateway: each rule here
 * fails its test if the rule is taken out of the agency's table.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 40, discharged: 5 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const PARTS = `query Parts($id: ID!) {
  participant(id: $id) {
    id name personnummer
    afPlanPart { withheld { agency code message } interventions { id } }
    malmoPlanPart { withheld { agency code message } interventions { id } }
    fkPlanPart { withheld { agency code message } interventions { id } }
    regionPlanPart { withheld { agency code message } interventions { id } }
    jointPlan { items { intervention { id agency } } withheld { agency code } }
  }
}`;

describe('tokens', () => {
  const Q = '{ __typename }';
  it('a subgraph called directly without a token answers 401 UNAUTHENTICATED', async () => {
    for (const agency of AGENCIES) {
      const res = await sys.direct(agency, Q);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('headers only the gateway should set grant nothing', async () => {
    const forged = {
      'x-officer-id': 'af-1001',
      'x-organisation': 'AF',
      'x-roles': 'ARBETSFORMEDLARE',
      'x-teams': 'T01',
      'x-user': 'af-1001',
    };
    const res = await sys.direct('AF', Q, forged);
    expect(res.status).toBe(401);
  });

  it('refuses expired, wrongly issued, unsigned and foreign-key tokens through the gateway', async () => {
    const claims = personaClaimsFor('af-t01');
    const bad = [
      await signToken(claims, { keyDir: sys.keyDir, expiresIn: '-1h' }),
      await signToken(claims, { keyDir: sys.keyDir, issuer: 'someone-else' }),
      await signToken(claims, { keyDir: sys.keyDir, audience: 'another-service' }),
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, iss: 'malmokraften-dev-idp', aud: 'malmokraften', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url')}.`,
    ];
    // Signed by a key pair no subgraph trusts (another identity provider's, or an attacker's).
    const foreignKeys = mkdtempSync(path.join(tmpdir(), 'mk-foreign-'));
    bad.push(await signToken(claims, { keyDir: foreignKeys }));
    for (const token of bad) {
      const res = await post<any>(
        sys.gatewayUrl,
        { query: PARTS, variables: { id: SHOWCASE.consenting } },
        { authorization: `Bearer ${token}` },
      );
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).toContain('UNAUTHENTICATED');
      expect(res.data?.participant?.name ?? null).toBeNull();
    }
  });
});

describe('withheld, not failed', () => {
  it("shows a non-consenting participant's AF part to the team and withholds the other agencies with one notice each", async () => {
    const res = await sys.query('af-t01', PARTS, { id: SHOWCASE.noConsent });
    const p = res.data.participant;
    expect(p.afPlanPart.withheld).toBeNull();
    expect(p.afPlanPart.interventions.length).toBeGreaterThan(0);
    for (const part of [p.malmoPlanPart, p.fkPlanPart, p.regionPlanPart]) {
      expect(part.withheld.code).toBe('WITHHELD');
      expect(part.interventions).toEqual([]);
    }
    expect(p.jointPlan.withheld.map((w: any) => w.agency).sort()).toEqual(AGENCIES.filter((a) => a !== 'AF').sort());
    expect(p.jointPlan.items.every((i: any) => i.intervention.agency === 'AF')).toBe(true);
  });

  it('gives the same answer whether or not an agency holds records on the person (no existence leak)', async () => {
    // A person Region has never heard of, enrolled now, on the same team.
    const enrol = await sys.query(
      'af-t01',
      `mutation { enrolParticipant(input: { personnummer: "198811223331", firstName: "Ny", lastName: "Deltagare", gender: MAN,
      bornOutsideEurope: false, residentInMalmo: true, registeredAtAf: true, monthsWithoutWork: 14, entryRoute: AF, enrolledOn: "2026-02-02",
      socialAssistanceAtEnrolment: false }) { id } }`,
    );
    expect(enrol.errors).toBeUndefined();
    const unknownToRegion = enrol.data.enrolParticipant.id;
    await sys.query('af-t01', `mutation { assignTeam(participantId: "${unknownToRegion}", teamId: "T01") { id } }`);
    const q = `query R($id: ID!) { participant(id: $id) { regionPlanPart { agency withheld { agency code message } interventions { id } responsibleOfficers { id } } } }`;
    const known = await sys.query('af-t01', q, { id: SHOWCASE.noConsent });
    const unknown = await sys.query('af-t01', q, { id: unknownToRegion });
    expect(known.data.participant.regionPlanPart.withheld).not.toBeNull();
    expect(unknown.data.participant.regionPlanPart).toEqual(known.data.participant.regionPlanPart);
    // The same for an id nobody has issued.
    const nobody = await sys.query('af-t01', q, { id: 'P-ZZZZZZZ9' });
    expect(nobody.data.participant.regionPlanPart).toEqual(known.data.participant.regionPlanPart);
  });
});

describe('match lists tell no one whom an agency holds', () => {
  const LISTS = `query M($id: ID!) { participant(id: $id) {
    afMatches { agency withheld { agency code message } matches { id } }
    malmoMatches { agency withheld { agency code message } matches { id } }
    fkMatches { agency withheld { agency code message } matches { id } }
    employerWork { matches { id } placements { id } dueFollowUps { matchId } withheld { agency code message } }
  } }`;

  it('a person Malmö stad and FK never heard of reads, to each caller, exactly as one whose matches they withhold', async () => {
    // Enrolled at AF now, on the team: no record at Malmö stad or FK.
    const enrol = await sys.query(
      'af-t01',
      `mutation { enrolParticipant(input: { personnummer: "198904154336", firstName: "Ny", lastName: "Sökande", gender: MAN,
      bornOutsideEurope: true, residentInMalmo: true, registeredAtAf: true, monthsWithoutWork: 20, entryRoute: AF, enrolledOn: "2026-02-02",
      socialAssistanceAtEnrolment: false }) { id } }`,
    );
    expect(enrol.errors).toBeUndefined();
    const unknown = enrol.data.enrolParticipant.id;
    await sys.query('af-t01', `mutation { assignTeam(participantId: "${unknown}", teamId: "T01") { id } }`);
    for (const who of ['af-t01', 'region-vsam', 'af-other', 'analyst']) {
      // P-DEMO0002 is held by Malmö stad and FK, with matches under way at Malmö stad, and has consented to nothing.
      const held = (await sys.query(who, LISTS, { id: SHOWCASE.noConsent })).data.participant;
      const notHeld = (await sys.query(who, LISTS, { id: unknown })).data.participant;
      const nobody = (await sys.query(who, LISTS, { id: 'P-ZZZZZZZ9' })).data.participant;
      for (const field of ['malmoMatches', 'fkMatches']) {
        expect([who, field, held[field].withheld?.code]).toEqual([who, field, 'WITHHELD']);
        expect([who, field, notHeld[field]]).toEqual([who, field, held[field]]);
        expect([who, field, nobody[field]]).toEqual([who, field, held[field]]);
      }
      const others = (w: any) => ({ ...w, withheld: w.withheld.filter((n: any) => n.agency !== 'AF') });
      expect([who, others(notHeld.employerWork)]).toEqual([
        who,
        {
          ...others(held.employerWork),
          matches: expect.any(Array),
          placements: expect.any(Array),
          dueFollowUps: expect.any(Array),
        },
      ]);
      expect(held.employerWork.matches.every((m: any) => held.afMatches.matches.some((a: any) => a.id === m.id))).toBe(
        true,
      );
    }
  });

  it('a refused proposal reads the same whether or not the agency holds the person', async () => {
    const opportunity = await sys.query(
      'fk-utredare',
      `{ fkEmployers(first: 1) { fkEmployer { opportunities { id status } } } }`,
    );
    const open =
      opportunity.data.fkEmployers[0].fkEmployer.opportunities.find((o: any) => o.status === 'OPEN') ??
      opportunity.data.fkEmployers[0].fkEmployer.opportunities[0];
    const propose = (who: string, participantId: string) =>
      sys.query(who, `mutation P($input: ProposeMatchInput!) { proposeFkMatch(input: $input) { id } }`, {
        input: { participantId, opportunityId: open.id, proposedOn: now().toISOString().slice(0, 10) },
      });
    const known = await propose('fk-other', SHOWCASE.noConsent);
    const unknown = await propose('fk-other', 'P-ZZZZZZZ9');
    expect(known.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    expect(unknown.errors).toEqual(known.errors);
  });
});

describe('need-to-know and protected identity', () => {
  it("refuses AF staff who are not on the person's team", async () => {
    const res = await sys.query('af-other', PARTS, { id: SHOWCASE.consenting });
    const p = res.data.participant;
    expect(p.name).toBeNull();
    expect(p.personnummer).toBeNull();
    expect(p.afPlanPart.withheld.code).toBe('WITHHELD');
  });

  it('shows the personnummer to AF staff on the team only, and the name to the team', async () => {
    const af = await sys.query('af-t01', PARTS, { id: SHOWCASE.consenting });
    expect(af.data.participant.personnummer).toMatch(/^\d{12}$/);
    const soc = await sys.query('soc-t01', PARTS, { id: SHOWCASE.consenting });
    expect(soc.data.participant.personnummer).toBeNull();
    expect(soc.data.participant.name).toBe(af.data.participant.name);
  });

  it("never shows a protected person's name outside AF", async () => {
    const soc = await sys.query('soc-t01', PARTS, { id: SHOWCASE.protectedIdentity });
    expect(soc.data.participant.name).toBeNull();
    const af = await sys.query('af-t01', PARTS, { id: SHOWCASE.protectedIdentity });
    expect(af.data.participant.name).not.toBeNull();
  });

  it("gives the funder's analyst no person-level field", async () => {
    const res = await sys.query('analyst', PARTS, { id: SHOWCASE.consenting });
    const p = res.data.participant;
    expect(p.name).toBeNull();
    expect(p.personnummer).toBeNull();
    for (const part of [p.afPlanPart, p.malmoPlanPart, p.fkPlanPart, p.regionPlanPart])
      expect(part.withheld.code).toBe('WITHHELD');
  });
});

describe('consent', () => {
  it('a withdrawal takes effect on the very next request', async () => {
    const q = `query M($id: ID!) { participant(id: $id) { malmoPlanPart { withheld { code } interventions { id } } } }`;
    const before = await sys.query('af-t01', q, { id: SHOWCASE.consenting });
    expect(before.data.participant.malmoPlanPart.withheld).toBeNull();
    expect(before.data.participant.malmoPlanPart.interventions.length).toBeGreaterThan(0);
    const consents = await sys.query(
      'soc-t01',
      `query C($id: ID!) { participant(id: $id) { malmoConsents { id recipient categories state } } }`,
      { id: SHOWCASE.consenting },
    );
    const toAf = consents.data.participant.malmoConsents.filter(
      (c: any) => c.recipient === 'AF' && c.state === 'ACTIVE',
    );
    expect(toAf.length).toBeGreaterThan(0);
    for (const c of toAf) {
      const w = await sys.query('soc-t01', `mutation { withdrawMalmoConsent(id: "${c.id}") { state } }`);
      expect(w.errors).toBeUndefined();
      expect(w.data.withdrawMalmoConsent.state).toBe('WITHDRAWN');
    }
    const after = await sys.query('af-t01', q, { id: SHOWCASE.consenting });
    expect(after.data.participant.malmoPlanPart.withheld.code).toBe('WITHHELD');
    expect(after.data.participant.malmoPlanPart.interventions).toEqual([]);
  });
});

describe('audit log at the data owner', () => {
  it('writes grants and withholdings, with who, whom, what and why, before the answer leaves', async () => {
    const res = await sys.query('af-t01', PARTS, { id: SHOWCASE.noConsent });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const region = await sys.subgraphs.REGION.dataSource.query(
      'SELECT officer_id, participant_id, categories, decision, action FROM audit_log WHERE request_id = $1',
      [requestId],
    );
    expect(region).toEqual([
      expect.objectContaining({
        officer_id: 'af-1001',
        participant_id: SHOWCASE.noConsent,
        decision: 'WITHHELD',
        action: 'READ',
      }),
    ]);
    const af = await sys.subgraphs.AF.dataSource.query(
      'SELECT decision FROM audit_log WHERE request_id = $1 ORDER BY decision',
      [requestId],
    );
    expect(af.map((r: any) => r.decision)).toContain('GRANTED');
  });

  it("the subgraph's own role cannot change or remove an entry", async () => {
    await expect(
      sys.subgraphs.AF.dataSource.query(`UPDATE audit_log SET reason = 'x' WHERE seq = 1`),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(sys.subgraphs.AF.dataSource.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('access-log extract and log review', () => {
  const EXTRACT = `query X($id: ID!) { participant(id: $id) { accessLogExtract { entries { at agency officerId organisation categories decision purpose } withheld { agency code } } } }`;

  it('shows the person who read their records at every agency, composed by the gateway', async () => {
    await sys.query('region-vsam', PARTS, { id: SHOWCASE.consenting });
    await sys.query('fk-other', PARTS, { id: SHOWCASE.consenting });
    const res = await sys.query('participant', EXTRACT, { id: SHOWCASE.consenting });
    expect(res.errors).toBeUndefined();
    const extract = res.data.participant.accessLogExtract;
    expect(extract.withheld).toEqual([]);
    expect(new Set(extract.entries.map((e: any) => e.agency))).toEqual(new Set(AGENCIES));
    expect(
      extract.entries.some(
        (e: any) => e.officerId === 'region-4001' && e.agency === 'REGION' && e.decision === 'GRANTED',
      ),
    ).toBe(true);
    // A refused look is in the extract too.
    expect(
      extract.entries.some((e: any) => e.officerId === 'fk-3002' && e.agency === 'FK' && e.decision === 'WITHHELD'),
    ).toBe(true);
    const times = extract.entries.map((e: any) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("gives a person no one else's extract, and caseworkers none at all", async () => {
    for (const who of ['participant', 'af-t01', 'soc-t01', 'analyst']) {
      const res = await sys.query(who, EXTRACT, { id: SHOWCASE.noConsent });
      expect(res.data.participant.accessLogExtract.entries).toEqual([]);
      expect(res.data.participant.accessLogExtract.withheld.map((w: any) => w.agency).sort()).toEqual(
        [...AGENCIES].sort(),
      );
    }
  });

  it("lets an agency's auditor review access outside the team and in bulk, and no one else", async () => {
    await sys.query('af-other', PARTS, { id: SHOWCASE.consenting });
    // The services' clock, on which the log is written.
    const from = new Date(now().getTime() - 3_600_000).toISOString();
    const to = new Date(now().getTime() + 60_000).toISOString();
    const q = `query R($from: DateTime!, $to: DateTime!) { afAuditReview(from: $from, to: $to, windowMinutes: 60, threshold: 1) {
      agency outsideTeam { officerId decision } outsideOfficeHours { officerId } unusuallyMany { officerId participants } } }`;
    const res = await sys.query('auditor-af', q, { from, to });
    expect(res.errors).toBeUndefined();
    const review = res.data.afAuditReview;
    expect(review.agency).toBe('AF');
    expect(review.outsideTeam.some((e: any) => e.officerId === 'af-1003' && e.decision === 'WITHHELD')).toBe(true);
    expect(review.outsideTeam.some((e: any) => e.officerId === 'af-1001')).toBe(false);
    expect(review.unusuallyMany.some((f: any) => f.officerId === 'af-1001' && f.participants > 1)).toBe(true);
    for (const who of ['af-t01', 'auditor-malmo', 'analyst']) {
      const denied = await sys.query(who, q, { from, to });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(denied.data).toBeNull();
    }
  });
});
