/**
 * Region Skåne's rule table on hand-made inputs (no database), and the
 * promise that the schema has no way to read diagnoses or journal notes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isInterfaceType, isObjectType, Kind, parse } from 'graphql';
import { evaluate, type Caller, type ConsentFacts, type Party, type ParticipantFacts } from '@malmokraften/shared';
import { PERSONAS } from '@malmokraften/dev';
import { generallyGranted, personaCaller } from '../../../../test/support/rules';
import {
  careCoordinatorProblem,
  REGION_CONSENT_CATEGORIES,
  REGION_RULES,
  regionOfficerCategory,
  type RegionCategory,
} from '../secrecy/rules';

const TODAY = '2026-03-10';
/** Decisions about no single person: who may register, ask for a team's list, review the log, read the figures, keep the register. */
const GENERAL: RegionCategory[] = ['REGISTRATION', 'TEAM_CASELOAD', 'AUDIT_REVIEW', 'FIGURES', 'STAFF_REGISTER'];
/** Decisions about a person's records. */
const ALL = (Object.keys(REGION_RULES.table) as RegionCategory[]).filter((c) => !GENERAL.includes(c));
const READS: RegionCategory[] = ['INTERVENTIONS', 'MAPPING', 'CARE_DETAILS', 'SHARING_BLOCK', 'CONSENTS', 'KNOWN'];
const WRITES = ALL.filter((c) => c.startsWith('RECORD_'));
const REGION_ONLY: RegionCategory[] = ['CARE_DETAILS', 'SHARING_BLOCK', 'CONSENTS'];

const caller = (persona: string): Caller => personaCaller(persona, { purpose: 'test' });

/** A person on team T01, assigned to the region's vårdsamordnare of the demo (region-vsam). */
function person(overrides: Partial<ParticipantFacts> = {}): ParticipantFacts {
  return {
    id: 'P-TEST0001',
    teamId: 'T01',
    assignments: [{ officerId: 'region-4001', role: 'VARDSAMORDNARE' }],
    protectedIdentity: false,
    sharingBlocked: false,
    ...overrides,
  };
}

function consent(recipient: Party, overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    recipientParty: recipient,
    categories: ['INTERVENTIONS'],
    validFrom: '2026-01-01',
    validTo: null,
    withdrawnAt: null,
    ...overrides,
  };
}

const OTHER_PARTIES: Party[] = ['AF', 'MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION', 'FK'];
const fullConsent = (overrides: Partial<ConsentFacts> = {}) => OTHER_PARTIES.map((p) => consent(p, overrides));

function decide(
  persona: string,
  category: RegionCategory,
  participant: ParticipantFacts | null = person(),
  consents: ConsentFacts[] = fullConsent(),
) {
  return evaluate(REGION_RULES, category, {
    caller: caller(persona),
    party: PERSONAS[persona]!.party,
    participant,
    consents,
    today: TODAY,
  });
}

/** Members of team T01 from the other agencies, one per party. */
const TEAM_T01_OTHERS = ['af-t01', 'soc-t01', 'ams-t01', 'fk-utredare', 'syv', 'af-sius'];

describe('the person’s vårdsamordnare', () => {
  it.each(READS)('sees %s, with or without consent', (category) => {
    expect(decide('region-vsam', category).granted).toBe(true);
    expect(decide('region-vsam', category, person(), []).granted).toBe(true);
  });

  it.each(READS)('still sees %s when the person has set a spärr', (category) => {
    expect(decide('region-vsam', category, person({ sharingBlocked: true }), []).granted).toBe(true);
  });

  it.each(WRITES)('may record %s', (category) => {
    expect(decide('region-vsam', category, person({ sharingBlocked: true })).granted).toBe(true);
  });

  it('sees the person when supporting their team without being assigned', () => {
    const notAssigned = person({ assignments: [{ officerId: 'region-4009', role: 'VARDSAMORDNARE' }] });
    for (const category of [...READS, ...WRITES])
      expect(decide('region-vsam', category, notAssigned).granted).toBe(true);
  });

  it('sees the person when assigned, even outside the teams they support', () => {
    const elsewhere = person({ teamId: 'T07' });
    for (const category of [...READS, ...WRITES]) expect(decide('region-vsam', category, elsewhere).granted).toBe(true);
  });

  it('gets nothing on a person the region does not know', () => {
    for (const category of ALL) expect(decide('region-vsam', category, null, []).granted).toBe(false);
  });
});

describe('other members of the person’s team', () => {
  it.each(TEAM_T01_OTHERS)('%s sees the activities in the plan with the person’s active consent', (persona) => {
    expect(decide(persona, 'INTERVENTIONS').granted).toBe(true);
  });

  it.each(TEAM_T01_OTHERS)('%s sees nothing while a spärr is set, consent or not', (persona) => {
    const d = decide(persona, 'INTERVENTIONS', person({ sharingBlocked: true }));
    expect(d.granted).toBe(false);
    expect(d.reason).toMatch(/spärr/);
  });

  it('see the activities again once the spärr is lifted', () => {
    expect(decide('af-t01', 'INTERVENTIONS', person({ sharingBlocked: true })).granted).toBe(false);
    expect(decide('af-t01', 'INTERVENTIONS', person({ sharingBlocked: false })).granted).toBe(true);
  });

  it.each([
    ['no consent', [] as ConsentFacts[]],
    ['a withdrawn consent', fullConsent({ withdrawnAt: new Date('2026-02-01T10:00:00Z') })],
    ['an expired consent', fullConsent({ validTo: '2026-03-09' })],
    ['a consent not yet valid', fullConsent({ validFrom: '2026-03-11' })],
    ['a consent naming another part only', [consent('FK')]],
    ['a consent to other categories only', fullConsent({ categories: ['BENEFITS'] })],
  ])('see nothing with %s', (_what, consents) => {
    for (const persona of ['af-t01', 'soc-t01', 'ams-t01'])
      expect(decide(persona, 'INTERVENTIONS', person(), consents).granted).toBe(false);
  });

  it('count a consent that ends today as still valid', () => {
    expect(decide('af-t01', 'INTERVENTIONS', person(), fullConsent({ validTo: TODAY })).granted).toBe(true);
  });

  it('need their own part named: Malmö’s social services are not its labour-market unit', () => {
    const toLabourMarket = [consent('MALMO_LABOUR_MARKET')];
    expect(decide('ams-t01', 'INTERVENTIONS', person(), toLabourMarket).granted).toBe(true);
    expect(decide('soc-t01', 'INTERVENTIONS', person(), toLabourMarket).granted).toBe(false);
  });

  it.each(TEAM_T01_OTHERS)(
    '%s sees the region’s perspective in the joint mapping only with consent to the mapping, and never under a spärr',
    (persona) => {
      expect(decide(persona, 'MAPPING').granted).toBe(false);
      expect(decide(persona, 'MAPPING', person(), fullConsent({ categories: ['MAPPING'] })).granted).toBe(true);
      expect(
        decide(persona, 'MAPPING', person({ sharingBlocked: true }), fullConsent({ categories: ['MAPPING'] })).granted,
      ).toBe(false);
      expect(
        decide(
          persona,
          'MAPPING',
          person(),
          fullConsent({ categories: ['MAPPING'], withdrawnAt: new Date('2026-02-01T10:00:00Z') }),
        ).granted,
      ).toBe(false);
    },
  );

  it('write the region’s perspective in the joint mapping never, whatever the consent: the vårdsamordnare does', () => {
    const broad = fullConsent({ categories: [...ALL] });
    for (const persona of TEAM_T01_OTHERS)
      expect(decide(persona, 'RECORD_MAPPING', person(), broad).granted).toBe(false);
    expect(decide('region-vsam', 'RECORD_MAPPING', person(), []).granted).toBe(true);
  });

  it.each(REGION_ONLY)('never see %s, even with a consent that names it', (category) => {
    const broad = fullConsent({ categories: [...ALL] });
    for (const persona of TEAM_T01_OTHERS) expect(decide(persona, category, person(), broad).granted).toBe(false);
  });

  it.each(WRITES)('may not record %s', (category) => {
    for (const persona of TEAM_T01_OTHERS) expect(decide(persona, category).granted).toBe(false);
  });
});

describe('everyone else', () => {
  it('officers of the other agencies who are not on the person’s team see nothing, consent or not', () => {
    for (const persona of ['af-other', 'soc-other', 'ams-other', 'fk-other', 'af-samordnare', 'malmo-sektionschef']) {
      for (const category of ALL) expect(decide(persona, category).granted).toBe(false);
    }
  });

  it('a vårdsamordnare not assigned to the person and not on their team is refused (inre sekretess)', () => {
    for (const category of ALL) {
      expect(decide('region-other', category).granted).toBe(false);
      expect(decide('region-other', category, person({ sharingBlocked: true }), []).granted).toBe(false);
    }
  });

  it('the funder’s analyst sees no person, whatever the consents say', () => {
    for (const category of ALL)
      expect(decide('analyst', category, person(), fullConsent({ categories: [...ALL] })).granted).toBe(false);
  });

  it('the region’s auditor reads the audit log, not the records', () => {
    const onTheTeam = { ...caller('auditor-region'), teams: ['T01'] };
    expect(decide('auditor-region', 'ACCESS_LOG').granted).toBe(true);
    for (const category of ALL.filter((c) => c !== 'ACCESS_LOG')) {
      expect(decide('auditor-region', category).granted).toBe(false);
      expect(
        evaluate(REGION_RULES, category, {
          caller: onTheTeam,
          party: null,
          participant: person(),
          consents: fullConsent(),
          today: TODAY,
        }).granted,
      ).toBe(false);
    }
  });
});

describe('decisions about no single person', () => {
  const general = (persona: string, category: RegionCategory, teamId: string | null = null) =>
    generallyGranted(
      REGION_RULES,
      category,
      { caller: caller(persona), party: PERSONAS[persona]!.party },
      TODAY,
      teamId,
    );
  const who = (category: RegionCategory, teamId: string | null = null) =>
    Object.keys(PERSONAS).filter((p) => general(p, category, teamId));

  it('registration is for vårdsamordnare; a team’s list for its members; the log for the region’s auditors; figures for analysts; the register for its administrators', () => {
    expect(who('REGISTRATION')).toEqual(['region-vsam', 'region-other']);
    // The team's members who act for a part, as the personas have them: these, and any other agency's on T02.
    const members = Object.keys(PERSONAS).filter((p) => PERSONAS[p]!.teams.includes('T02') && PERSONAS[p]!.party);
    expect(members).toEqual(expect.arrayContaining(['af-t02', 'soc-t02', 'ams-t02', 'syv', 'region-vsam']));
    expect(who('TEAM_CASELOAD', 'T02')).toEqual(members);
    expect(who('AUDIT_REVIEW')).toEqual(['auditor-region']);
    expect(who('FIGURES')).toEqual(['analyst']);
    expect(who('STAFF_REGISTER')).toEqual(['admin-region']);
  });

  it('hands a person over only to a vårdsamordnare the register has today', () => {
    const entry = {
      officerId: 'region-4002',
      name: 'Emil Sandberg',
      organisation: 'REGION' as const,
      party: 'REGION' as const,
      roles: ['VARDSAMORDNARE' as const],
      teams: [],
      activeFrom: '2020-01-01',
      activeTo: null,
      version: 1,
    };
    expect(careCoordinatorProblem(entry, TODAY)).toBeNull();
    expect(careCoordinatorProblem(null, TODAY)).toMatch(/not in Region Skåne's staff register/);
    expect(careCoordinatorProblem({ ...entry, activeTo: '2026-03-09' }, TODAY)).toMatch(/not employed/);
    expect(careCoordinatorProblem({ ...entry, activeFrom: '2026-03-11' }, TODAY)).toMatch(/not employed/);
    expect(careCoordinatorProblem({ ...entry, roles: ['AUDITOR'], party: null }, TODAY)).toMatch(
      /not .* vårdsamordnare/,
    );
    expect(
      careCoordinatorProblem(
        { ...entry, organisation: 'MALMO', party: 'MALMO_SOCIAL_SERVICES', roles: ['SOCIALSEKRETERARE'] },
        TODAY,
      ),
    ).toMatch(/not employed/);
  });

  it('names a vårdsamordnare in the plan under the rule for the region’s activities (spärr included), anyone else never', () => {
    expect(regionOfficerCategory('VARDSAMORDNARE')).toBe('INTERVENTIONS');
    for (const role of ['AUDITOR', 'ADMINISTRATOR', 'ARBETSFORMEDLARE']) expect(regionOfficerCategory(role)).toBeNull();
  });
});

describe('diagnoses and journal notes', () => {
  it('are released to no one, not even the person’s own vårdsamordnare', () => {
    for (const persona of Object.keys(PERSONAS)) {
      expect(
        decide(persona, 'CLINICAL', person(), fullConsent({ categories: ['CLINICAL', 'INTERVENTIONS'] })).granted,
      ).toBe(false);
    }
  });

  it('cannot be consented to: the person can consent to sharing the activities only', () => {
    expect([...REGION_CONSENT_CATEGORIES]).toEqual(['INTERVENTIONS', 'KNOWN', 'MAPPING']);
  });

  it('a category missing from the table is released to no one', () => {
    const unknown = 'DIAGNOSES' as RegionCategory;
    expect(decide('region-vsam', unknown).granted).toBe(false);
  });
});

describe('the schema', () => {
  const root = path.join(__dirname, '../..');
  const sdl = readFileSync(path.join(root, 'schema.graphql'), 'utf8');
  const common = readFileSync(path.join(root, '../../shared/schema/common.graphql'), 'utf8');
  const CLINICAL_NAME = /diagnos|journal|clinical/i;

  it('has no output field that could carry a diagnosis or a journal note', () => {
    const offending: string[] = [];
    for (const def of parse(sdl).definitions) {
      const isOutput =
        def.kind === Kind.OBJECT_TYPE_DEFINITION ||
        def.kind === Kind.OBJECT_TYPE_EXTENSION ||
        def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
        def.kind === Kind.INTERFACE_TYPE_EXTENSION;
      if (!isOutput || def.name.value === 'Mutation') continue;
      for (const f of def.fields ?? [])
        if (CLINICAL_NAME.test(f.name.value)) offending.push(`${def.name.value}.${f.name.value}`);
    }
    expect(offending).toEqual([]);
  });

  it('builds as a subgraph, and nothing it can return names a diagnosis or a journal note', () => {
    const schema = buildSubgraphSchema({ typeDefs: parse(`${common}\n${sdl}`) });
    const offending: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || type === schema.getMutationType()) continue;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const name of Object.keys(type.getFields()))
        if (CLINICAL_NAME.test(name)) offending.push(`${type.name}.${name}`);
    }
    expect(offending).toEqual([]);
    const record = schema.getMutationType()?.getFields().recordClinicalNote;
    expect(String(record?.type)).toBe('NoteReceipt!');
    const receipt = schema.getType('NoteReceipt');
    expect(isObjectType(receipt) ? Object.keys(receipt.getFields()).sort() : []).toEqual(['id', 'writtenAt']);
  });

  it('the service’s code never reads the clinical_note table', () => {
    const src = path.join(root, 'src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) {
          if (!['__tests__', 'generated', 'migrations'].includes(name)) walk(full);
        } else if (name.endsWith('.ts')) files.push(full);
      }
    };
    walk(src);
    expect(files.length).toBeGreaterThan(5);
    const reading = /\b(FROM|JOIN|UPDATE|COPY)\s+clinical_note\b/i;
    expect(files.filter((f) => reading.test(readFileSync(f, 'utf8'))).map((f) => path.relative(src, f))).toEqual([]);
  });
});

describe('RULES.md', () => {
  it('names every decision of the rule table', () => {
    const md = readFileSync(path.join(__dirname, '../secrecy/RULES.md'), 'utf8');
    expect(Object.keys(REGION_RULES.table).filter((c) => !md.includes(`\`${c}\``))).toEqual([]);
  });
});
