import { post, startTestSystem, type TestSystem } from './support/harness';
import { addDays, today } from '@malmokraften/shared';
import { PERSONAS as DEMO_PERSONAS, signToken } from '@malmokraften/dev';
import {
  CONSENT_STATES,
  createMatrixPerson,
  MATRIX_EMPLOYER,
  must,
  TEAM,
  type MatrixPerson,
  type MatrixPersonOptions,
  type Party,
} from './support/matrix-fixtures';

/**
 * The visibility matrix, end to end through the gateway against real
 * PostgreSQL: persona × consent state × category → shown or withheld.
 *
 * The expected answer of every cell comes from the short statement of the
 * programme's policy below, written out here on its own. It does not call
 * the agencies' rule tables, so a rule that drifts from the policy fails a
 * cell here.
 */

// ---------------------------------------------------------------------------
// The policy, in plain terms.
// ---------------------------------------------------------------------------

type Agency = 'AF' | 'MALMO' | 'FK' | 'REGION';
/** Whether the statement speaks of the agency: it is one of the programme's four. */
const stated = (agency: string): agency is Agency => ['AF', 'MALMO', 'FK', 'REGION'].includes(agency);

interface Who {
  /** The part the officer acts for; null for those who see no person-level data at all. */
  party: Party | null;
  /** Works with the matrix people: on their team (T01) or assigned to them. */
  worksWithPerson: boolean;
  description: string;
}

/**
 * The personas of the matrix, as the policy sees them: the demo personas,
 * and officers in each state the agencies' staff registers can have them in
 * (below). A token grants only what the owning agency's register confirms.
 */
const WHO = {
  'af-t01': { party: 'AF', worksWithPerson: true, description: 'arbetsförmedlare on the team, enrolled the person' },
  'soc-t01': {
    party: 'MALMO_SOCIAL_SERVICES',
    worksWithPerson: true,
    description: 'socialsekreterare on the team, registered the person at Malmö',
  },
  'ams-t01': {
    party: 'MALMO_LABOUR_MARKET',
    worksWithPerson: true,
    description: 'arbetsmarknadssekreterare on the team',
  },
  syv: { party: 'MALMO_ADULT_EDUCATION', worksWithPerson: true, description: 'studie- och yrkesvägledare on the team' },
  'fk-utredare': {
    party: 'FK',
    worksWithPerson: true,
    description: 'försäkringsutredare supporting the team, registered the person at FK',
  },
  'region-vsam': {
    party: 'REGION',
    worksWithPerson: true,
    description: 'vårdsamordnare supporting the team, registered the person at the region',
  },
  'af-other': { party: 'AF', worksWithPerson: false, description: 'arbetsförmedlare on another team' },
  'soc-other': {
    party: 'MALMO_SOCIAL_SERVICES',
    worksWithPerson: false,
    description: 'socialsekreterare on another team',
  },
  'ams-other': {
    party: 'MALMO_LABOUR_MARKET',
    worksWithPerson: false,
    description: 'arbetsmarknadssekreterare on another team',
  },
  'fk-other': { party: 'FK', worksWithPerson: false, description: 'försäkringsutredare outside the programme' },
  'region-other': { party: 'REGION', worksWithPerson: false, description: 'vårdsamordnare outside the programme' },
  analyst: { party: null, worksWithPerson: false, description: "the funder's analyst" },
  'auditor-af': { party: null, worksWithPerson: false, description: "AF's auditor" },
  'admin-malmo': { party: null, worksWithPerson: false, description: "Malmö's register administrator" },
  // Officers in the states of the staff registers, with tokens that claim team T01.
  'register: new arbetsförmedlare': {
    party: 'AF',
    worksWithPerson: true,
    description: 'an arbetsförmedlare on the team whom all four registers have recorded today',
  },
  'register: unknown officer': {
    party: null,
    worksWithPerson: false,
    description: 'a token with every claim of an arbetsförmedlare on the team, for an officer no register knows',
  },
  'register: ended employment': {
    party: null,
    worksWithPerson: false,
    description: 'a socialsekreterare on the team whose employment ended yesterday in every register',
  },
  'register: employment not begun': {
    party: null,
    worksWithPerson: false,
    description: 'a försäkringsutredare on the team whose employment begins tomorrow',
  },
  'register: wrong party': {
    party: null,
    worksWithPerson: false,
    description: 'an arbetsmarknadssekreterare whose token says socialsekreterare',
  },
  'register: wrong organisation': {
    party: null,
    worksWithPerson: false,
    description: "a vårdsamordnare whose token says AF's arbetsförmedlare",
  },
  'register: team not confirmed': {
    party: null,
    worksWithPerson: false,
    description: 'af-other with a token that also lists team T01',
  },
  'register: auditor claiming a case role': {
    party: null,
    worksWithPerson: false,
    description: "AF's auditor with a token that says arbetsförmedlare on the team",
  },
} as const satisfies Record<string, Who>;
type Persona = keyof typeof WHO;
const PERSONAS = Object.keys(WHO) as Persona[];

/**
 * For each category: the part(s) whose own staff, working with the person,
 * see it as a matter of course; and what opens it to the other members of
 * the person's team:
 *   TEAM    - being on the team is enough (programme facts)
 *   CONSENT - the person's consent, in force, naming the member's part
 *   NEVER   - nothing does
 * A spärr closes the region's consent-based sharing whatever the consent.
 * Nobody who does not work with the person sees anything.
 */
interface CategoryPolicy {
  owner: Agency;
  category: string;
  holders: readonly Party[];
  toTeam: 'TEAM' | 'CONSENT' | 'NEVER';
  closedBySpaerr?: boolean;
}

const POLICY: readonly CategoryPolicy[] = [
  { owner: 'AF', category: 'PROGRAMME', holders: ['AF'], toTeam: 'TEAM' },
  { owner: 'AF', category: 'NAME', holders: ['AF'], toTeam: 'TEAM' }, // no protected identity among the matrix people
  { owner: 'AF', category: 'PERSONNUMMER', holders: ['AF'], toTeam: 'NEVER' },
  { owner: 'AF', category: 'INTERVENTIONS', holders: ['AF'], toTeam: 'CONSENT' },
  // A match of a person to an employer's opportunity is person-level data of the agency that owns the opportunity.
  { owner: 'AF', category: 'JOB_MATCHES', holders: ['AF'], toTeam: 'CONSENT' },
  { owner: 'MALMO', category: 'MATCHES', holders: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'], toTeam: 'CONSENT' },
  { owner: 'FK', category: 'MATCHES', holders: ['FK'], toTeam: 'CONSENT' },
  // The labour-market unit and adult education need consent for social services' data, like any other party.
  { owner: 'MALMO', category: 'SOCIAL_ASSISTANCE_STATUS', holders: ['MALMO_SOCIAL_SERVICES'], toTeam: 'CONSENT' },
  // Amounts, household and notes never leave the socialsekreterare (both social-services personas are socialsekreterare).
  { owner: 'MALMO', category: 'SOCIAL_ASSISTANCE_DETAILS', holders: ['MALMO_SOCIAL_SERVICES'], toTeam: 'NEVER' },
  // Run by the labour-market unit and adult education together; social services needs consent.
  {
    owner: 'MALMO',
    category: 'INTERVENTIONS',
    holders: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'],
    toTeam: 'CONSENT',
  },
  { owner: 'FK', category: 'BENEFITS', holders: ['FK'], toTeam: 'CONSENT' },
  { owner: 'FK', category: 'WORK_CAPACITY', holders: ['FK'], toTeam: 'CONSENT' },
  { owner: 'FK', category: 'INTERVENTIONS', holders: ['FK'], toTeam: 'CONSENT' },
  { owner: 'REGION', category: 'INTERVENTIONS', holders: ['REGION'], toTeam: 'CONSENT', closedBySpaerr: true },
  // The region's own view: its vårdsamordnare only (both region personas are vårdsamordnare).
  { owner: 'REGION', category: 'CARE_DETAILS', holders: ['REGION'], toTeam: 'NEVER' },
  // Each agency's perspective in the joint mapping is held as its interventions (Malmö's by the labour-market unit and adult education).
  { owner: 'AF', category: 'MAPPING', holders: ['AF'], toTeam: 'CONSENT' },
  { owner: 'MALMO', category: 'MAPPING', holders: ['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION'], toTeam: 'CONSENT' },
  { owner: 'FK', category: 'MAPPING', holders: ['FK'], toTeam: 'CONSENT' },
  { owner: 'REGION', category: 'MAPPING', holders: ['REGION'], toTeam: 'CONSENT', closedBySpaerr: true },
];

function expectedVisible(
  persona: Persona,
  person: Pick<MatrixPerson, 'consent' | 'sharingBlocked' | 'onlyTo'>,
  policy: CategoryPolicy,
): boolean {
  const who: Who = WHO[persona];
  if (who.party === null || !who.worksWithPerson) return false;
  if (policy.holders.includes(who.party)) return true;
  switch (policy.toTeam) {
    case 'TEAM':
      return true;
    case 'NEVER':
      return false;
    case 'CONSENT': {
      const namesMyPart = person.onlyTo === null || person.onlyTo === who.party;
      return person.consent === 'ACTIVE' && namesMyPart && !(policy.closedBySpaerr && person.sharingBlocked);
    }
  }
}

// ---------------------------------------------------------------------------
// What the gateway answers, read per category.
// ---------------------------------------------------------------------------

const WITHHELD = 'withheld { agency code }';
const PART = `{ agency ${WITHHELD} interventions { id agency } }`;
const MAPPING = `{ agency ${WITHHELD} situation abilities wishes obstacles version }`;
const PERSON = `query Matrix($id: ID!) {
  participant(id: $id) {
    id
    name
    personnummer
    programme { ${WITHHELD} status team { id } }
    afPlanPart ${PART}
    jobMatches { ${WITHHELD} matches { id } }
    afMatches { ${WITHHELD} matches { id } }
    malmoMatches { ${WITHHELD} matches { id } }
    fkMatches { ${WITHHELD} matches { id } }
    socialAssistance { ${WITHHELD} receives since }
    socialAssistanceDetails { ${WITHHELD} periods { id monthlyAmount } }
    malmoPlanPart ${PART}
    benefits { ${WITHHELD} periods { id } }
    workCapacity { ${WITHHELD} assessments { id } }
    fkPlanPart ${PART}
    regionPlanPart ${PART}
    careCoordination { ${WITHHELD} careCoordinator { id } activities { id coordinationNote } }
    jointPlan { items { intervention { agency } } withheld { agency code } }
    afMapping ${MAPPING}
    malmoMapping ${MAPPING}
    fkMapping ${MAPPING}
    regionMapping ${MAPPING}
    jointMapping { perspectives { agency situation } withheld { agency code } }
  }
}`;

type Observed = { visible: boolean } | { inconsistent: string };

/** A withheld list must be empty, a released one must carry the fixture's records. */
function list(owner: Agency, container: any, items: any[] | undefined): Observed {
  if (!container) return { inconsistent: 'missing' };
  const withheld = container.withheld;
  const n = items?.length ?? 0;
  if (withheld) {
    if (withheld.code !== 'WITHHELD' || withheld.agency !== owner)
      return { inconsistent: `odd notice ${JSON.stringify(withheld)}` };
    return n === 0 ? { visible: false } : { inconsistent: `withheld but ${n} item(s) sent` };
  }
  return n > 0 ? { visible: true } : { inconsistent: 'released, but empty' };
}

/** A perspective in the joint mapping: withheld with every text and the version null, or released with all of them. */
function mapping(owner: Agency, m: any): Observed {
  if (!m || m.agency !== owner) return { inconsistent: `missing or another agency's: ${JSON.stringify(m)}` };
  const values = [m.situation, m.abilities, m.wishes, m.obstacles, m.version];
  if (m.withheld) {
    if (m.withheld.code !== 'WITHHELD' || m.withheld.agency !== owner)
      return { inconsistent: `odd notice ${JSON.stringify(m.withheld)}` };
    return values.every((v) => v === null) ? { visible: false } : { inconsistent: 'withheld but texts sent' };
  }
  return values.every((v) => v !== null) ? { visible: true } : { inconsistent: 'released, but incomplete' };
}

function scalar(value: unknown): Observed {
  return { visible: value !== null && value !== undefined };
}

const OBSERVE: Record<string, (p: any) => Observed> = {
  'AF/PROGRAMME': (p) => {
    const pr = p.programme;
    if (pr.withheld)
      return pr.team === null && pr.status === null
        ? { visible: false }
        : { inconsistent: 'withheld but team/status sent' };
    return pr.team?.id === TEAM && pr.status === 'ENROLLED'
      ? { visible: true }
      : { inconsistent: `released, team ${JSON.stringify(pr.team)}` };
  },
  'AF/NAME': (p) => scalar(p.name),
  'AF/PERSONNUMMER': (p) => scalar(p.personnummer),
  'AF/INTERVENTIONS': (p) => list('AF', p.afPlanPart, p.afPlanPart?.interventions),
  'AF/JOB_MATCHES': (p) => {
    // The free-text job matches and the matches to AF's opportunities are one category: both released or both withheld.
    const old = list('AF', p.jobMatches, p.jobMatches?.matches);
    const structured = list('AF', p.afMatches, p.afMatches?.matches);
    return JSON.stringify(old) === JSON.stringify(structured)
      ? old
      : { inconsistent: `jobMatches ${JSON.stringify(old)}, afMatches ${JSON.stringify(structured)}` };
  },
  'MALMO/MATCHES': (p) => list('MALMO', p.malmoMatches, p.malmoMatches?.matches),
  'FK/MATCHES': (p) => list('FK', p.fkMatches, p.fkMatches?.matches),
  'MALMO/SOCIAL_ASSISTANCE_STATUS': (p) => {
    const s = p.socialAssistance;
    if (s.withheld)
      return s.receives === null && s.since === null
        ? { visible: false }
        : { inconsistent: 'withheld but status sent' };
    return s.receives === true && s.since ? { visible: true } : { inconsistent: `released, ${JSON.stringify(s)}` };
  },
  'MALMO/SOCIAL_ASSISTANCE_DETAILS': (p) =>
    list('MALMO', p.socialAssistanceDetails, p.socialAssistanceDetails?.periods),
  'MALMO/INTERVENTIONS': (p) => list('MALMO', p.malmoPlanPart, p.malmoPlanPart?.interventions),
  'FK/BENEFITS': (p) => list('FK', p.benefits, p.benefits?.periods),
  'FK/WORK_CAPACITY': (p) => list('FK', p.workCapacity, p.workCapacity?.assessments),
  'FK/INTERVENTIONS': (p) => list('FK', p.fkPlanPart, p.fkPlanPart?.interventions),
  'REGION/INTERVENTIONS': (p) => list('REGION', p.regionPlanPart, p.regionPlanPart?.interventions),
  'AF/MAPPING': (p) => mapping('AF', p.afMapping),
  'MALMO/MAPPING': (p) => mapping('MALMO', p.malmoMapping),
  'FK/MAPPING': (p) => mapping('FK', p.fkMapping),
  'REGION/MAPPING': (p) => mapping('REGION', p.regionMapping),
  'REGION/CARE_DETAILS': (p) => {
    const c = p.careCoordination;
    const seen = list('REGION', c, c?.activities);
    if ('visible' in seen && seen.visible && !c.careCoordinator)
      return { inconsistent: 'released without its vårdsamordnare' };
    if ('visible' in seen && !seen.visible && c.careCoordinator)
      return { inconsistent: 'withheld but the vårdsamordnare sent' };
    return seen;
  },
};

/** A category's name in OBSERVE and in failure messages, e.g. `FK/BENEFITS`. */
const key = (c: CategoryPolicy) => `${c.owner}/${c.category}`;

// ---------------------------------------------------------------------------
// The system and the people.
// ---------------------------------------------------------------------------

type Row = { label: string } & Omit<MatrixPersonOptions, 'serial' | 'today' | 'validity'> & { validity?: 'TODAY_ONLY' };

/**
 * One person per consent state (consents to every other party), and three
 * more with active consents: whose first and last day is today; that name
 * adult education only (so the rest of the team, the labour-market unit
 * of the same city included, must not see anything consent-based); and
 * who has set a spärr at the region. (The tests' clock starts at 10:00 on
 * the reference day, so the "today" row cannot cross midnight.)
 */
const ROWS: readonly Row[] = [
  ...CONSENT_STATES.map((consent) => ({ label: consent, consent })),
  { label: 'ACTIVE, first and last day today', consent: 'ACTIVE', validity: 'TODAY_ONLY' },
  { label: 'ACTIVE to adult education only', consent: 'ACTIVE', onlyTo: 'MALMO_ADULT_EDUCATION' },
  { label: 'ACTIVE + spärr', consent: 'ACTIVE', sharingBlocked: true },
];

let sys: TestSystem;
const people = new Map<string, MatrixPerson>();

type Claims = { sub: string; name: string; org: string; roles: string[]; teams: string[] };
const claimsOf = (persona: string, change: Partial<Claims> = {}): Claims => {
  const p = DEMO_PERSONAS[persona]!;
  return { sub: p.sub, name: p.name, org: p.org, roles: [...p.roles], teams: [...p.teams], ...change };
};

/** The tokens of the register states: what each officer's sign-in claims. */
const REGISTER_TOKENS: Partial<Record<Persona, Claims>> = {
  'register: new arbetsförmedlare': {
    sub: 'af-1090',
    name: 'Nyanställd Förmedlare',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: [TEAM],
  },
  'register: unknown officer': {
    sub: 'af-1091',
    name: 'Okänd Förmedlare',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: [TEAM],
  },
  'register: ended employment': {
    sub: 'malmo-2090',
    name: 'Slutat Sekreterare',
    org: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    teams: [TEAM],
  },
  'register: employment not begun': {
    sub: 'fk-3090',
    name: 'Blivande Utredare',
    org: 'FK',
    roles: ['FORSAKRINGSUTREDARE'],
    teams: [TEAM],
  },
  'register: wrong party': {
    sub: 'malmo-2091',
    name: 'Fel Del',
    org: 'MALMO',
    roles: ['SOCIALSEKRETERARE'],
    teams: [TEAM],
  },
  'register: wrong organisation': {
    sub: 'region-4090',
    name: 'Fel Organisation',
    org: 'AF',
    roles: ['ARBETSFORMEDLARE'],
    teams: [TEAM],
  },
  'register: team not confirmed': claimsOf('af-other', { teams: ['T05', TEAM] }),
  'register: auditor claiming a case role': claimsOf('auditor-af', {
    roles: ['AUDITOR', 'ARBETSFORMEDLARE'],
    teams: [TEAM],
  }),
};

const ADMINS = {
  AF: ['admin-af', 'recordAfStaff'],
  MALMO: ['admin-malmo', 'recordMalmoStaff'],
  FK: ['admin-fk', 'recordFkStaff'],
  REGION: ['admin-region', 'recordRegionStaff'],
} as const;

/** Each agency's administrator records the register states: an officer recognised by every agency, or only by its own. */
async function recordRegisterStates(day: string): Promise<void> {
  const entries: Array<{ at: Agency[]; input: Record<string, unknown> }> = [
    {
      at: ['AF', 'MALMO', 'FK', 'REGION'],
      input: {
        officerId: 'af-1090',
        name: 'Nyanställd Förmedlare',
        organisation: 'AF',
        party: 'AF',
        roles: ['ARBETSFORMEDLARE'],
        teams: [TEAM],
        activeFrom: day,
      },
    },
    {
      at: ['AF', 'MALMO', 'FK', 'REGION'],
      input: {
        officerId: 'malmo-2090',
        name: 'Slutat Sekreterare',
        organisation: 'MALMO',
        party: 'MALMO_SOCIAL_SERVICES',
        roles: ['SOCIALSEKRETERARE'],
        teams: [TEAM],
        activeFrom: addDays(day, -400),
        activeTo: addDays(day, -1),
      },
    },
    {
      at: ['AF', 'MALMO', 'FK', 'REGION'],
      input: {
        officerId: 'fk-3090',
        name: 'Blivande Utredare',
        organisation: 'FK',
        party: 'FK',
        roles: ['FORSAKRINGSUTREDARE'],
        teams: [TEAM],
        activeFrom: addDays(day, 1),
      },
    },
    {
      at: ['AF', 'MALMO', 'FK', 'REGION'],
      input: {
        officerId: 'malmo-2091',
        name: 'Fel Del',
        organisation: 'MALMO',
        party: 'MALMO_LABOUR_MARKET',
        roles: ['ARBETSMARKNADSSEKRETERARE'],
        teams: [TEAM],
        activeFrom: '2020-01-01',
      },
    },
    {
      at: ['REGION'],
      input: {
        officerId: 'region-4090',
        name: 'Fel Organisation',
        organisation: 'REGION',
        party: 'REGION',
        roles: ['VARDSAMORDNARE'],
        teams: [TEAM],
        activeFrom: '2020-01-01',
      },
    },
  ];
  for (const { at, input } of entries) {
    for (const agency of at) {
      const [admin, field] = ADMINS[agency];
      await must(
        sys,
        admin,
        `${field} ${String(input.officerId)}`,
        `mutation S($input: StaffInput!) { ${field}(input: $input) { officerId } }`,
        { input },
      );
    }
  }
}

beforeAll(async () => {
  sys = await startTestSystem({ population: { ongoing: 20, discharged: 2 } });
  const day = today();
  await recordRegisterStates(day);
  const created = await Promise.all(
    ROWS.map(({ label: _label, validity, ...row }, i) =>
      createMatrixPerson(sys, {
        ...row,
        serial: i + 1,
        today: day,
        ...(validity === 'TODAY_ONLY' ? { validity: { validFrom: day, validTo: day } } : {}),
      }),
    ),
  );
  ROWS.forEach((row, i) => people.set(row.label, created[i]!));
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

/** One query per participant, all of one persona's in parallel; asked once per persona. */
const answers = new Map<Persona, Promise<Map<string, { data: any; errors: unknown }>>>();
function answersFor(persona: Persona) {
  let pending = answers.get(persona);
  if (!pending) {
    pending = Promise.all(
      ROWS.map(async (row) => {
        const claims = REGISTER_TOKENS[persona];
        const res = claims
          ? await post<any>(
              sys.gatewayUrl,
              { query: PERSON, variables: { id: people.get(row.label)!.id } },
              { authorization: `Bearer ${await signToken(claims, { keyDir: sys.keyDir })}` },
            )
          : await sys.query(persona, PERSON, { id: people.get(row.label)!.id });
        return [row.label, { data: res.data?.participant, errors: res.errors }] as const;
      }),
    ).then((entries) => new Map(entries));
    answers.set(persona, pending);
  }
  return pending;
}

describe('the fixtures', () => {
  it('has the register states in the registers, as each agency’s administrator recorded them', async () => {
    const day = today();
    for (const [agency, [admin]] of Object.entries(ADMINS)) {
      const field = `${agency.toLowerCase()}StaffRegister`;
      const res = await sys.query(admin, `{ ${field} { officerId party roles teams activeFrom activeTo } }`);
      expect(res.errors).toBeUndefined();
      const byId = new Map(
        (res.data[field] as Array<{ officerId: string; activeFrom: string; activeTo: string | null }>).map((e) => [
          e.officerId,
          e,
        ]),
      );
      expect(byId.get('af-1090')).toMatchObject({ activeFrom: day, activeTo: null });
      expect(byId.get('malmo-2090')).toMatchObject({ activeTo: addDays(day, -1) });
      expect(byId.get('fk-3090')).toMatchObject({ activeFrom: addDays(day, 1) });
      expect(byId.get('malmo-2091')).toMatchObject({
        party: 'MALMO_LABOUR_MARKET',
        roles: ['ARBETSMARKNADSSEKRETERARE'],
      });
      expect(byId.has('af-1091')).toBe(false);
      // Every demo officer but the other agencies' auditors and administrators is on record.
      expect(byId.get('af-1001')).toMatchObject({ party: 'AF', teams: ['T01'] });
    }
  });

  it('has a reader for every category of the policy', () => {
    expect(POLICY.map(key).sort()).toEqual(Object.keys(OBSERVE).sort());
  });

  it('holds at every agency the consent state each person was given', async () => {
    const q = `query C($id: ID!) { participant(id: $id) {
      afConsents { recipient state } malmoConsents { recipient state } fkConsents { recipient state } regionConsents { recipient state } } }`;
    const owners = {
      afConsents: 'af-t01',
      malmoConsents: 'soc-t01',
      fkConsents: 'fk-utredare',
      regionConsents: 'region-vsam',
    } as const;
    // One consent per other party (Malmö: 5 for social-assistance status, 4 for interventions); one party only:
    // one each (adult education holds Malmö's interventions, so Malmö records only social-assistance status).
    const toAll = { afConsents: 5, malmoConsents: 9, fkConsents: 5, regionConsents: 5 };
    const checks = ROWS.flatMap((row) =>
      (Object.entries(owners) as Array<[keyof typeof owners, string]>).map(async ([field, persona]) => {
        const res = await sys.query(persona, q, { id: people.get(row.label)!.id });
        const consents = (res.data?.participant?.[field] ?? []) as Array<{ recipient: string; state: string }>;
        const n = row.consent === 'NONE' ? 0 : row.onlyTo ? 1 : toAll[field];
        return {
          got: {
            row: row.label,
            field,
            errors: res.errors,
            states: consents.map((c) => c.state),
            recipients: [...new Set(consents.map((c) => c.recipient))],
          },
          want: {
            row: row.label,
            field,
            errors: undefined,
            states: Array(n).fill(row.consent),
            recipients: row.onlyTo ? [row.onlyTo] : expect.any(Array),
          },
        };
      }),
    );
    const results = await Promise.all(checks);
    expect(results.map((r) => r.got)).toEqual(results.map((r) => r.want));
    const blocked = await sys.query('region-vsam', `query B($id: ID!) { participant(id: $id) { sharingBlocked } }`, {
      id: people.get('ACTIVE + spärr')!.id,
    });
    expect(blocked.data.participant.sharingBlocked).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// The matrix.
// ---------------------------------------------------------------------------

const CELLS = PERSONAS.flatMap((persona) => ROWS.map((row) => ({ persona, row })));

describe('visibility matrix: persona × consent state × category, through the gateway', () => {
  it.each(CELLS.map((c) => [`${c.persona} (${WHO[c.persona].description}) — consent ${c.row.label}`, c] as const))(
    '%s',
    async (_name, { persona, row }) => {
      const answer = (await answersFor(persona)).get(row.label)!;
      expect({ persona, consent: row.label, errors: answer.errors }).toEqual({
        persona,
        consent: row.label,
        errors: undefined,
      });
      const p = answer.data;
      const person = people.get(row.label)!;

      const wrong: string[] = [];
      for (const policy of POLICY) {
        const expected = expectedVisible(persona, person, policy);
        const seen = OBSERVE[key(policy)]!(p);
        if ('inconsistent' in seen) wrong.push(`${key(policy)}: inconsistent answer (${seen.inconsistent})`);
        else if (seen.visible !== expected)
          wrong.push(
            `${key(policy)}: expected ${expected ? 'SHOWN' : 'WITHHELD'}, got ${seen.visible ? 'SHOWN' : 'WITHHELD'}`,
          );
      }

      // The joint plan carries exactly the agencies whose part was released, and a notice for every other.
      // The statement above is the programme's four agencies'; another agency of the registry is not judged here.
      const shownParts = POLICY.filter((c) => c.category === 'INTERVENTIONS' && expectedVisible(persona, person, c))
        .map((c) => c.owner)
        .sort();
      const inPlan = [...new Set<string>(p.jointPlan.items.map((i: any) => i.intervention.agency))]
        .filter(stated)
        .sort();
      const noticed = p.jointPlan.withheld
        .map((w: any) => w.agency)
        .filter(stated)
        .sort();
      const withheldParts = (['AF', 'MALMO', 'FK', 'REGION'] as Agency[]).filter((a) => !shownParts.includes(a)).sort();
      if (JSON.stringify(inPlan) !== JSON.stringify(shownParts))
        wrong.push(`jointPlan: items from ${inPlan.join(',') || 'none'}, expected ${shownParts.join(',') || 'none'}`);
      if (JSON.stringify(noticed) !== JSON.stringify(withheldParts))
        wrong.push(
          `jointPlan: notices from ${noticed.join(',') || 'none'}, expected ${withheldParts.join(',') || 'none'}`,
        );

      // The joint mapping sets side by side exactly the perspectives released, and a notice for every other.
      const shownMappings = POLICY.filter((c) => c.category === 'MAPPING' && expectedVisible(persona, person, c)).map(
        (c) => c.owner,
      );
      const inMapping = p.jointMapping.perspectives.map((m: any) => m.agency).filter(stated);
      const mappingNotices = p.jointMapping.withheld.map((w: any) => w.agency).filter(stated);
      const withheldMappings = (['AF', 'MALMO', 'FK', 'REGION'] as Agency[]).filter((a) => !shownMappings.includes(a));
      if (JSON.stringify(inMapping) !== JSON.stringify(shownMappings))
        wrong.push(`jointMapping: ${inMapping.join(',') || 'none'}, expected ${shownMappings.join(',') || 'none'}`);
      if (JSON.stringify(mappingNotices) !== JSON.stringify(withheldMappings))
        wrong.push(
          `jointMapping: notices from ${mappingNotices.join(',') || 'none'}, expected ${withheldMappings.join(',') || 'none'}`,
        );

      expect({ persona, consent: row.label, wrong }).toEqual({ persona, consent: row.label, wrong: [] });
    },
  );
});

// ---------------------------------------------------------------------------
// The employer register: not person-level data, so no person and no consent
// decides it. Everyone an agency's staff register confirms as acting for a
// part of the programme reads every agency's register (on any team or none);
// the contact person at an employer is the recording agency's own.
// ---------------------------------------------------------------------------

/** The part whose staff read each agency's contact persons. */
const CONTACT_HOLDERS: Record<'AF' | 'MALMO' | 'FK', Party> = { AF: 'AF', MALMO: 'MALMO_LABOUR_MARKET', FK: 'FK' };

describe('the employer register: persona × agency, through the gateway (an opportunity is not person-level)', () => {
  const REGISTER = `query R($org: ID!) { employer(organisationNumber: $org) { records { agency contact { name } contactWithheld opportunities { id } } } }`;
  it.each(PERSONAS.map((persona) => [`${persona} (${WHO[persona].description})`, persona] as const))(
    '%s',
    async (_name, persona) => {
      const claims = REGISTER_TOKENS[persona];
      const res = claims
        ? await post<any>(
            sys.gatewayUrl,
            { query: REGISTER, variables: { org: MATRIX_EMPLOYER } },
            { authorization: `Bearer ${await signToken(claims, { keyDir: sys.keyDir })}` },
          )
        : await sys.query(persona, REGISTER, { org: MATRIX_EMPLOYER });
      expect(res.errors).toBeUndefined();
      const records = res.data.employer.records as Array<{
        agency: 'AF' | 'MALMO' | 'FK';
        contact: { name: string } | null;
        contactWithheld: boolean;
        opportunities: unknown[];
      }>;
      // af-other, whose token also claims T01: the register confirms them as an arbetsförmedlare (of another team), so the part AF.
      const party = persona === 'register: team not confirmed' ? 'AF' : WHO[persona].party;
      const seen = records.map((r) => ({
        agency: r.agency,
        contact: r.contact !== null,
        withheld: r.contactWithheld,
        opportunities: r.opportunities.length,
      }));
      const expected =
        party === null
          ? []
          : (['AF', 'MALMO', 'FK'] as const).map((agency) => {
              const holder = CONTACT_HOLDERS[agency] === party;
              return { agency, contact: holder, withheld: !holder, opportunities: 1 };
            });
      expect({ persona, seen }).toEqual({ persona, seen: expected });
    },
  );
});
