import { graphql, parse, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { AGENCIES as REGISTERED, agencyKey, type Agency } from '@malmokraften/shared';
import {
  buildDirectorySchema,
  buildPlanSchema,
  composeJointPlan,
  directoryTypeDefs,
  MAX_PLAN_PAGE,
  PARALLEL_IDS,
  parallelMarks,
  planPage,
  planTypeDefs,
  type Intervention,
  type Part,
} from '../plan';

/** A seeded generator, so that a failure can be replayed. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = ['AF', 'MALMO', 'FK', 'REGION'] as const;
const STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'];

function day(n: number): string {
  return new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

function randomPlan(seed: number, n: number): Record<(typeof AGENCIES)[number], Part> {
  const r = generator(seed);
  const parts = Object.fromEntries(
    AGENCIES.map((a) => [
      a,
      { agency: a, withheld: null, interventions: [] as Intervention[], responsibleOfficers: [] },
    ]),
  ) as unknown as Record<(typeof AGENCIES)[number], Part>;
  for (let i = 0; i < n; i++) {
    const agency = AGENCIES[Math.floor(r() * 4)]!;
    const start = Math.floor(r() * 400);
    const undated = r() < 0.05;
    parts[agency].interventions.push({
      id: `${agency}-${i}`,
      agency,
      type: 'X',
      title: `t${i}`,
      status: STATUSES[Math.floor(r() * 4)]!,
      startDate: undated ? null : day(start),
      endDate: undated || r() < 0.15 ? null : day(start + Math.floor(r() * 120)),
      extentPercent: null,
      responsibleOfficer: null,
    });
  }
  return parts;
}

/** The definition, one pair at a time: what parallelWith used to list in full. */
function reference(items: Intervention[]) {
  const active = (i: Intervention) => i.status !== 'CANCELLED' && i.startDate !== null;
  const overlaps = (a: Intervention, b: Intervention) =>
    a.startDate! <= (b.endDate ?? '9999-12-31') && b.startDate! <= (a.endDate ?? '9999-12-31');
  return items.map((a) =>
    items.filter((b) => b !== a && b.agency !== a.agency && active(a) && active(b) && overlaps(a, b)).map((b) => b.id),
  );
}

describe('parallel marks', () => {
  it.each([1, 2, 3, 4, 5])(
    'count every overlapping intervention of another agency and name the first ten in plan order (seed %i)',
    (seed) => {
      const plan = composeJointPlan(randomPlan(seed, 300));
      const items = plan.items.map((i) => i.intervention);
      const expected = reference(items);
      plan.items.forEach((item, i) => {
        expect([item.intervention.id, item.parallel.count]).toEqual([item.intervention.id, expected[i]!.length]);
        expect(item.parallel.ids).toEqual(expected[i]!.slice(0, PARALLEL_IDS));
        expect(item.parallelWith).toEqual(item.parallel.ids);
      });
      expect(plan.items.some((i) => i.parallel.count > PARALLEL_IDS)).toBe(true);
    },
  );

  it('grow with the plan, not with its square', () => {
    // 469 interventions, all at the same time (the plan that was answered with 6.5 MB).
    const parts = randomPlan(7, 0);
    for (let i = 0; i < 469; i++) {
      const agency = AGENCIES[i % 4]!;
      parts[agency].interventions.push({
        id: `${agency}-${i}`,
        agency,
        type: 'X',
        title: 'x',
        status: 'ONGOING',
        startDate: day(0),
        endDate: null,
        extentPercent: null,
        responsibleOfficer: null,
      });
    }
    const marks = parallelMarks(composeJointPlan(parts).items.map((i) => i.intervention));
    expect(marks.every((m) => m.count === 469 - 117 || m.count === 469 - 118)).toBe(true);
    expect(marks.reduce((n, m) => n + m.ids.length, 0)).toBe(469 * PARALLEL_IDS);
  });
});

describe('a plan page', () => {
  const plan = composeJointPlan(randomPlan(11, 1200));

  it('holds at most 500 items, the whole plan counted in itemCount, and reads on after the last id', () => {
    expect(plan.itemCount).toBe(1200);
    const first = planPage(plan, undefined, undefined);
    expect(first).toHaveLength(MAX_PLAN_PAGE);
    const second = planPage(plan, undefined, first.at(-1)!.intervention.id);
    const third = planPage(plan, undefined, second.at(-1)!.intervention.id);
    expect([second.length, third.length]).toEqual([500, 200]);
    expect([...first, ...second, ...third].map((i) => i.intervention.id)).toEqual(
      plan.items.map((i) => i.intervention.id),
    );
    expect(planPage(plan, 3, plan.items[9]!.intervention.id).map((i) => i.intervention.id)).toEqual(
      plan.items.slice(10, 13).map((i) => i.intervention.id),
    );
  });

  it('refuses a page size out of range and an unknown cursor with BAD_USER_INPUT', () => {
    for (const [first, after, field] of [
      [0, undefined, 'first'],
      [501, undefined, 'first'],
      [1.5, undefined, 'first'],
      [10, 'no-such-id', 'after'],
    ] as const) {
      expect(() => planPage(plan, first, after)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
      );
    }
  });
});

describe("a plan's size", () => {
  it('is told when an agency released its part, and not at all when none did (nothing about the person)', () => {
    const withheld = (agency: (typeof AGENCIES)[number]): Part => ({
      agency,
      withheld: { agency, code: 'WITHHELD', message: 'withheld' },
      interventions: [],
      responsibleOfficers: [],
    });
    expect(
      composeJointPlan({ AF: withheld('AF'), MALMO: withheld('MALMO'), FK: withheld('FK'), REGION: null }).itemCount,
    ).toBeNull();
    const released = randomPlan(3, 5);
    expect(
      composeJointPlan({ AF: released.AF, MALMO: withheld('MALMO'), FK: withheld('FK'), REGION: withheld('REGION') })
        .itemCount,
    ).toBe(released.AF.interventions.length);
  });
});

describe('the composed fields, handed their parts by a gateway', () => {
  const schema = buildPlanSchema();
  const entities = (query: string, representations: object[]) =>
    graphql({
      schema,
      source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Participant { ${query} } } }`,
      variableValues: { r: representations },
    });
  const part = (agency: (typeof AGENCIES)[number]): Part => ({
    agency,
    withheld: null,
    interventions: [],
    responsibleOfficers: [],
  });
  // The programme's four agencies are written out below; any other agency of the registry is
  // handed a part too (released, with nothing in it), so that the composition finds every part it needs.
  const others = REGISTERED.filter((a) => !(AGENCIES as readonly Agency[]).includes(a));
  const ofOthers = (field: string, value: (agency: Agency) => unknown) =>
    Object.fromEntries(others.map((a) => [`${agencyKey(a)}${field}`, value(a)]));
  const parts = {
    afPlanPart: part('AF'),
    malmoPlanPart: part('MALMO'),
    fkPlanPart: part('FK'),
    regionPlanPart: part('REGION'),
    ...ofOthers('PlanPart', (a) => ({ ...part('AF'), agency: a })),
  };

  it('shows a part that is there but null as an agency that could not be reached', async () => {
    const res = await entities('jointPlan { withheld { agency code } }', [
      { __typename: 'Participant', id: 'P-DEMO0001', ...parts, fkPlanPart: null },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ _entities: [{ jointPlan: { withheld: [{ agency: 'FK', code: 'UNAVAILABLE' }] } }] });
  });

  it.each([
    ['none of the parts', {}],
    [
      "one agency's part",
      { afPlanPart: parts.afPlanPart, malmoPlanPart: parts.malmoPlanPart, regionPlanPart: parts.regionPlanPart },
    ],
  ])(
    'refuses with PARTS_NOT_FETCHED when the gateway did not fetch %s, instead of calling agencies unreachable',
    async (_what, given) => {
      const res = await entities('jointPlan { withheld { agency code } }', [
        { __typename: 'Participant', id: 'P-DEMO0001', ...given },
      ]);
      expect(res.data).toEqual({ _entities: [null] });
      expect(res.errors?.map((e) => e.extensions.code)).toEqual(['PARTS_NOT_FETCHED']);
      expect(res.errors?.[0]?.message).toMatch(/gateway did not fetch .*fkPlanPart/);
    },
  );

  it('sets the joint mapping\u2019s released perspectives side by side, with one notice for a withheld part and one for a part that is there but null', async () => {
    const withheld = { agency: 'MALMO', code: 'WITHHELD', message: 'm' };
    const released = (agency: string) => ({
      agency,
      withheld: null,
      situation: `s ${agency}`,
      abilities: 'a',
      wishes: 'w',
      obstacles: 'o',
      recordedAt: '2026-01-01T10:00:00.000Z',
      version: 2,
    });
    const mapping = {
      afMapping: released('AF'),
      malmoMapping: { ...released('MALMO'), withheld, situation: null },
      fkMapping: null,
      regionMapping: released('REGION'),
      ...ofOthers('Mapping', released),
    };
    const res = await entities('jointMapping { perspectives { agency situation version } withheld { agency code } }', [
      { __typename: 'Participant', id: 'P-DEMO0001', ...mapping },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [
        {
          jointMapping: {
            perspectives: [
              { agency: 'AF', situation: 's AF', version: 2 },
              { agency: 'REGION', situation: 's REGION', version: 2 },
              ...others.map((agency) => ({ agency, situation: `s ${agency}`, version: 2 })),
            ],
            withheld: [
              { agency: 'MALMO', code: 'WITHHELD' },
              { agency: 'FK', code: 'UNAVAILABLE' },
            ],
          },
        },
      ],
    });
    const missing = await entities('jointMapping { withheld { agency } }', [
      { __typename: 'Participant', id: 'P-DEMO0001', afMapping: null, malmoMapping: null, regionMapping: null },
    ]);
    expect(missing.errors?.map((e) => e.extensions.code)).toEqual(['PARTS_NOT_FETCHED']);
    expect(missing.errors?.[0]?.message).toMatch(/gateway did not fetch fkMapping/);
  });

  it("refuses the report's targets the same way when Malmö stad's were not fetched, instead of showing them as missing", async () => {
    const res = await graphql({
      schema,
      source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Report { targets { figure } } } }`,
      variableValues: { r: [{ __typename: 'Report', period: '2026', afTargets: [] }] },
    });
    expect(res.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['PARTS_NOT_FETCHED', expect.stringMatching(/did not fetch malmoTargets/)],
    ]);
  });

  it("refuses a team's caseload the same way when an agency's list was not fetched, instead of building it from the others", async () => {
    const directory = buildDirectorySchema();
    const ask = (team: object) =>
      graphql({
        schema: directory,
        source: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Team { caseload { id } } } }`,
        variableValues: { r: [team] },
      });
    const lists = {
      afCaseloadIds: ['P-AAAAAAA2', 'P-AAAAAAA1'],
      malmoCaseloadIds: ['P-AAAAAAA1'],
      fkCaseloadIds: null,
      regionCaseloadIds: [],
      ...ofOthers('CaseloadIds', () => []),
    };
    const whole = await ask({ __typename: 'Team', id: 'T01', ...lists });
    expect(whole.data).toEqual({ _entities: [{ caseload: [{ id: 'P-AAAAAAA2' }, { id: 'P-AAAAAAA1' }] }] });
    const withoutAf = await ask({ __typename: 'Team', id: 'T01', ...lists, afCaseloadIds: null });
    expect(withoutAf.data).toEqual({ _entities: [{ caseload: [{ id: 'P-AAAAAAA1' }] }] });
    const notFetched = await ask({ __typename: 'Team', id: 'T01', afCaseloadIds: lists.afCaseloadIds });
    expect(notFetched.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['PARTS_NOT_FETCHED', expect.stringMatching(/malmoCaseloadIds, fkCaseloadIds, regionCaseloadIds/)],
    ]);
  });

  it('refuses the access-log extract and employer work the same way', async () => {
    for (const field of [
      'accessLogExtract { withheld { agency } }',
      'jointMapping { withheld { agency } }',
      'employerWork { withheld { agency } }',
      'opportunityRanking { count }',
    ]) {
      const res = await entities(field, [{ __typename: 'Participant', id: 'P-DEMO0001' }]);
      expect([field, res.errors?.map((e) => e.extensions.code)]).toEqual([field, ['PARTS_NOT_FETCHED']]);
    }
  });
});

describe('the directory and the plan are apart', () => {
  it('holds every entry point in the directory and every field that requires agencies\u2019 parts in the plan, so no planner can skip the parts', () => {
    const directory = parse(directoryTypeDefs());
    const plan = parse(planTypeDefs());
    const fieldsWith = (doc: DocumentNode, directive: string) =>
      doc.definitions.flatMap((d) =>
        'fields' in d && d.fields
          ? (d.fields as readonly FieldDefinitionNode[])
              .filter((f) => f.directives?.some((x) => x.name.value === directive))
              .map((f) => `${'name' in d ? d.name?.value : ''}.${f.name.value}`)
          : [],
      );
    const roots = (doc: DocumentNode) =>
      doc.definitions
        .filter((d) => 'name' in d && d.name?.value === 'Query')
        .flatMap((d) => ('fields' in d && d.fields ? d.fields.map((f) => f.name.value) : []));
    expect(roots(plan)).toEqual([]);
    expect(roots(directory).sort()).toEqual(['employer', 'participant', 'programmeReport', 'team']);
    // The one @requires field of the directory returns participants, whose composed fields are all in the plan.
    expect(fieldsWith(directory, 'requires')).toEqual(['Team.caseload']);
    expect(fieldsWith(plan, 'requires').sort()).toEqual(
      [
        'Employer.name',
        'Employer.opportunities',
        'Employer.records',
        'Participant.accessLogExtract',
        'Participant.employerWork',
        'Participant.jointMapping',
        'Participant.jointPlan',
        'Participant.opportunityRanking',
        'Report.targets',
        'Team.placementFollowUpsDue',
      ].sort(),
    );
  });
});
