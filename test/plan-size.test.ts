import { type Agency } from '@malmokraften/shared';
import { SHOWCASE } from '@malmokraften/dev';
import { startTestSystem, type TestSystem } from './support/harness';

/**
 * The joint plan's answer grows with the plan, not with its square: a
 * person with hundreds of interventions that all run at the same time (the
 * plan that was answered with 6.5 MB) gets a plan whose parallel marks are
 * a count and at most ten ids, read at most 500 items at a time.
 */
let sys: TestSystem;
const AGENCIES: Agency[] = ['AF', 'MALMO', 'FK', 'REGION'];
const ADDED_PER_AGENCY = 150;

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 10, discharged: 0 } });
  // Each agency adds 150 open-ended interventions to the person, all from the same day: every one overlaps every other agency's.
  for (const agency of AGENCIES) {
    await sys.subgraphs[agency].dataSource.query(
      `INSERT INTO intervention (participant_id, type, title, status, start_date, end_date, responsible_officer_id, responsible_officer_name, responsible_role)
       SELECT i.participant_id, i.type, 'Parallell ' || g, 'ONGOING', DATE '2026-01-05', NULL, i.responsible_officer_id, i.responsible_officer_name, i.responsible_role
         FROM (SELECT * FROM intervention WHERE participant_id = $1 LIMIT 1) i CROSS JOIN generate_series(1, $2) g`,
      [SHOWCASE.consenting, ADDED_PER_AGENCY],
    );
  }
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

async function plan(query: string, variables: Record<string, unknown> = {}) {
  const token = await sys.token('af-t01');
  const res = await fetch(sys.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { id: SHOWCASE.consenting, ...variables } }),
  });
  const text = await res.text();
  return {
    status: res.status,
    bytes: Buffer.byteLength(text),
    body: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> },
  };
}

const INTERVENTION =
  'id agency type title status startDate endDate extentPercent responsibleOfficer { name role agency }';

describe('a plan of more than 600 interventions, all at the same time', () => {
  it('as clients ask for it today (parallelWith): the answer grows linearly, each list stops at 10 ids', async () => {
    const answer = await plan(
      `query P($id: ID!) { participant(id: $id) { jointPlan { items { intervention { ${INTERVENTION} } parallelWith } } } }`,
    );
    expect([answer.status, answer.body.errors]).toEqual([200, undefined]);
    const items = answer.body.data.participant.jointPlan.items as Array<{ parallelWith: string[] }>;
    expect(items.length).toBe(500);
    expect(Math.max(...items.map((i) => i.parallelWith.length))).toBe(10);
    process.stdout.write(
      `plan of ${4 * ADDED_PER_AGENCY}+ interventions, parallelWith: ${items.length} items, ${(answer.bytes / 1024).toFixed(0)} kB\n`,
    );
    // About 700 bytes an item; with every overlapping id (before) the 608 items took 10.7 MB, about 18 kB each.
    expect(answer.bytes / items.length).toBeLessThan(1500);
  });

  it('with parallel { count ids }: the full count, ten ids, 500 items an answer, itemCount for the rest', async () => {
    const query = `query P($id: ID!, $after: ID) { participant(id: $id) { jointPlan { itemCount items(after: $after) { intervention { ${INTERVENTION} } parallel { count ids } } withheld { agency } } } }`;
    const first = await plan(query);
    expect([first.status, first.body.errors]).toEqual([200, undefined]);
    const jp = first.body.data.participant.jointPlan;
    expect(jp.withheld).toEqual([]);
    expect(jp.itemCount).toBeGreaterThan(4 * ADDED_PER_AGENCY);
    expect(jp.items).toHaveLength(500);
    type Item = {
      intervention: { id: string; agency: string; startDate: string | null };
      parallel: { count: number; ids: string[] };
    };
    const added = (jp.items as Item[]).filter((i) => i.intervention.startDate === '2026-01-05');
    // An added one overlaps at least the 450 added by the three other agencies; ten of them are named.
    for (const item of added) {
      expect(item.parallel.count).toBeGreaterThanOrEqual(3 * ADDED_PER_AGENCY);
      expect(item.parallel.ids).toHaveLength(10);
    }
    process.stdout.write(
      `plan of ${jp.itemCount} interventions, parallel { count ids }: first page ${jp.items.length} items, ${(first.bytes / 1024).toFixed(0)} kB\n`,
    );
    expect(first.bytes / jp.items.length).toBeLessThan(1500);
    // The rest, after the last id of the first page.
    const rest = await plan(query, { after: (jp.items as Item[]).at(-1)!.intervention.id });
    const more = rest.body.data.participant.jointPlan.items as Item[];
    expect(more).toHaveLength(jp.itemCount - 500);
    expect(new Set([...jp.items, ...more].map((i: Item) => i.intervention.id)).size).toBe(jp.itemCount);
  });

  it('refuses a page of more than 500 with BAD_USER_INPUT', async () => {
    const answer = await plan(
      `query P($id: ID!) { participant(id: $id) { jointPlan { items(first: 501) { intervention { id } } } } }`,
    );
    expect(answer.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'first must be from 1 to 500.'],
    ]);
  });
});
