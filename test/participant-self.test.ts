/**
 * The person signed in as themselves (persona `participant`, who is
 * P-DEMO0001): their own joint plan, the consents they have given each
 * agency, and withdrawing one, which each agency's rule table allows the
 * person themself (CONSENTS, RECORD_CONSENT_WITHDRAWAL, and the plan's own
 * categories). Nobody else's records, and nothing recorded but withdrawals.
 */
import { AGENCIES, type Agency } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { AGENCY_TESTS } from './support/agency-tests';
import { systemForFile } from './support/harness';

jest.setTimeout(120_000);

const sys = systemForFile();

/** Each agency's list of the person's consents and its mutation that withdraws one (its agency-tests.ts). */
const consentList = (agency: Agency) => AGENCY_TESTS[agency].consent.list;
const withdrawal = (agency: Agency) => AGENCY_TESTS[agency].consent.withdraw;

const OWN = `query Own($id: ID!) { participant(id: $id) {
  programme { withheld { agency } goal { type description } nextFollowUp { scheduledAt } }
  jointPlan { items { intervention { agency title status startDate endDate responsibleOfficer { name agency } } } withheld { agency } }
  ${AGENCIES.map((a) => `${consentList(a)} { id recipient categories state }`).join('\n  ')}
  ${AGENCIES.map((a) => `${AGENCY_TESTS[a].intervention.planPart} { responsibleOfficers { name role } }`).join('\n  ')}
} }`;

describe('the person themself', () => {
  it('sees their own joint plan at every agency, with their contacts, goal and next follow-up', async () => {
    const res = await sys.query('participant', OWN, { id: SHOWCASE.consenting });
    expect(res.errors).toBeUndefined();
    const p = res.data.participant;
    expect(p.programme.withheld).toBeNull();
    expect(p.programme.nextFollowUp).not.toBeNull();
    expect(p.jointPlan.withheld).toEqual([]);
    expect(new Set(p.jointPlan.items.map((i: any) => i.intervention.agency))).toEqual(new Set(AGENCIES));
    for (const part of ['afPlanPart', 'fkPlanPart', 'regionPlanPart'])
      expect(p[part].responsibleOfficers.length).toBeGreaterThan(0);
  });

  it('sees the consents they have given each agency', async () => {
    const res = await sys.query('participant', OWN, { id: SHOWCASE.consenting });
    for (const agency of AGENCIES) {
      const consents = res.data.participant[consentList(agency)];
      expect(consents.length).toBeGreaterThan(0);
      expect(consents.every((c: any) => c.state === 'ACTIVE')).toBe(true);
    }
  });

  it("gets nothing of another person's: plan, consents and withdrawals are refused", async () => {
    const res = await sys.query('participant', OWN, { id: SHOWCASE.protectedIdentity });
    const p = res.data.participant;
    expect(p.programme.withheld).not.toBeNull();
    expect(p.jointPlan.items).toEqual([]);
    expect(p.jointPlan.withheld.map((w: any) => w.agency).sort()).toEqual([...AGENCIES].sort());
    for (const agency of AGENCIES) expect(p[consentList(agency)] ?? []).toEqual([]);
    const theirs = await sys.query('soc-t01', `query C($id: ID!) { participant(id: $id) { malmoConsents { id } } }`, {
      id: SHOWCASE.protectedIdentity,
    });
    const id = theirs.data.participant.malmoConsents[0].id;
    const refused = await sys.query('participant', `mutation W($id: ID!) { withdrawMalmoConsent(id: $id) { id } }`, {
      id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    const still = await sys.query(
      'soc-t01',
      `query C($id: ID!) { participant(id: $id) { malmoConsents { id state } } }`,
      { id: SHOWCASE.protectedIdentity },
    );
    expect(still.data.participant.malmoConsents.find((c: any) => c.id === id).state).toBe('ACTIVE');
  });

  it('records no consent and changes nothing else of their plan', async () => {
    const consent = await sys.query(
      'participant',
      `mutation { recordAfConsent(input: { participantId: "${SHOWCASE.consenting}", recipient: REGION, categories: [INTERVENTIONS], validFrom: "2020-01-01" }) { id } }`,
    );
    expect(consent.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    const goal = await sys.query(
      'participant',
      `mutation { setPlanGoal(participantId: "${SHOWCASE.consenting}", goal: WORK, description: "x") { id } }`,
    );
    expect(goal.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
  });

  it.each(AGENCIES)(
    'withdraws a consent given %s: logged as the person, and the agency part leaves a team member from the next request',
    async (agency) => {
      const before = await sys.query('participant', OWN, { id: SHOWCASE.consenting });
      const toAf = before.data.participant[consentList(agency)].find(
        (c: any) => c.recipient === (agency === 'AF' ? 'REGION' : 'AF') && c.state === 'ACTIVE',
      );
      expect(toAf).toBeDefined();
      const res = await sys.query(
        'participant',
        `mutation W($id: ID!) { ${withdrawal(agency)}(id: $id) { id state withdrawnAt } }`,
        { id: toAf.id },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data[withdrawal(agency)].state).toBe('WITHDRAWN');
      const entries = await sys.subgraphs[agency].dataSource.query(
        `SELECT officer_id, organisation, decision, categories FROM audit_log WHERE participant_id = $1 AND action = 'WRITE' ORDER BY seq DESC LIMIT 1`,
        [SHOWCASE.consenting],
      );
      expect(entries[0]).toMatchObject({
        officer_id: SHOWCASE.consenting,
        organisation: 'PERSON',
        decision: 'GRANTED',
        categories: ['RECORD_CONSENT_WITHDRAWAL'],
      });
      if (agency !== 'AF') {
        const plan = await sys.query(
          'af-t01',
          `query P($id: ID!) { participant(id: $id) { jointPlan { withheld { agency } } } }`,
          { id: SHOWCASE.consenting },
        );
        expect(plan.data.participant.jointPlan.withheld.map((w: any) => w.agency)).toContain(agency);
      }
    },
  );
});
