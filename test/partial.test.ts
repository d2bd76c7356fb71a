import { AGENCIES, close, listen, PROGRAMME, today } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * The gateway serves the committed supergraph and does not need the
 * subgraphs to start; with one agency unreachable the plan still answers
 * with the other agencies' parts and says which one is missing.
 */
let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 20, discharged: 2 } });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

const PLAN = `query P($id: ID!) { participant(id: $id) { name programme { status } jointPlan { items { intervention { agency } } withheld { agency code } } } }`;

it('answers the plan without an unreachable agency, with a notice for it, and recovers when it returns', async () => {
  const fk = sys.subgraphs.FK;
  const port = Number(new URL(fk.url).port);
  await close(fk.service.http);
  try {
    const res = await sys.query('af-t01', PLAN, { id: SHOWCASE.consenting });
    expect(res.status).toBe(200);
    const plan = res.data.participant.jointPlan;
    expect(plan.withheld).toEqual([{ agency: 'FK', code: 'UNAVAILABLE' }]);
    expect(new Set(plan.items.map((i: any) => i.intervention.agency))).toEqual(
      new Set(AGENCIES.filter((a) => a !== 'FK')),
    );
    expect(res.data.participant.name).not.toBeNull();
  } finally {
    await listen(fk.service.http, port);
  }
  const again = await sys.query('af-t01', PLAN, { id: SHOWCASE.consenting });
  expect(again.errors).toBeUndefined();
  expect(again.data.participant.jointPlan.withheld).toEqual([]);
});

it("answers the report's targets without Malmö stad: its figure has no value and no verdict, its target still shows", async () => {
  const malmo = sys.subgraphs.MALMO;
  const port = Number(new URL(malmo.url).port);
  const REPORT = `query R($p: String!) { programmeReport(period: $p) { targets { figure target onTrack value { value withheld } } } }`;
  await close(malmo.service.http);
  try {
    // This year, or the programme's nearest year on a day outside it.
    const year = String(Math.min(Math.max(Number(today().slice(0, 4)), PROGRAMME.firstYear), PROGRAMME.lastYear));
    const res = await sys.query('analyst', REPORT, { p: year });
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).not.toContain('PARTS_NOT_FETCHED');
    const byFigure = Object.fromEntries(res.data.programmeReport.targets.map((t: any) => [t.figure, t]));
    expect(byFigure.SOCIAL_ASSISTANCE_LEFT).toEqual({
      figure: 'SOCIAL_ASSISTANCE_LEFT',
      target: 0.45,
      onTrack: null,
      value: { value: null, withheld: null },
    });
    // AF's figure came: a value or a reason it is withheld, never the empty figure of an agency not reached.
    expect(byFigure.ONGOING.value).not.toEqual({ value: null, withheld: null });
  } finally {
    await listen(malmo.service.http, port);
  }
});
