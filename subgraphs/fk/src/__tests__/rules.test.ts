import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { evaluate, type Caller, type ConsentFacts, type ParticipantFacts, type Party } from '@malmokraften/shared';
import { demoParty } from '../../../../test/support/parties';
import { generallyGranted, THEMSELF } from '../../../../test/support/rules';
import { FK_CONSENT_CATEGORIES, FK_RULES, FK_STAFF, fkOfficerCategory, type FkCategory } from '../secrecy/rules';

/**
 * FK's rule table on hand-made inputs: no database, no tokens. The people
 * and officers mirror the demo personas: the försäkringsutredare supports
 * teams T01, T11 and T12.
 */
const TODAY = '2026-03-15';

function caller(over: Partial<Caller> & Pick<Caller, 'organisation' | 'roles'>): Caller {
  return {
    officerId: 'x-0000',
    name: 'Test Officer',
    teams: [],
    purpose: 'JOINT_PLANNING',
    requestId: 'req-1',
    ...over,
  };
}

const fkOfficer = caller({
  officerId: 'fk-3001',
  organisation: 'FK',
  roles: ['FORSAKRINGSUTREDARE'],
  teams: ['T01', 'T11', 'T12'],
});
const fkOutsider = caller({ officerId: 'fk-3002', organisation: 'FK', roles: ['FORSAKRINGSUTREDARE'], teams: [] });
const fkAuditor = caller({ officerId: 'fk-3901', organisation: 'FK', roles: ['AUDITOR'], teams: [] });
const afOfficer = (teams: string[]) =>
  caller({ officerId: 'af-1001', organisation: 'AF', roles: ['ARBETSFORMEDLARE'], teams });
const socialSecretary = caller({
  officerId: 'malmo-2001',
  organisation: 'MALMO',
  roles: ['SOCIALSEKRETERARE'],
  teams: ['T11'],
});
const labourMarket = caller({
  officerId: 'malmo-2101',
  organisation: 'MALMO',
  roles: ['ARBETSMARKNADSSEKRETERARE'],
  teams: ['T11'],
});
const analyst = caller({ officerId: 'finsam-5001', organisation: 'FINSAM', roles: ['ANALYST'], teams: [] });

function person(over: Partial<ParticipantFacts> = {}): ParticipantFacts {
  return { id: 'P-TEST0001', teamId: 'T11', assignments: [], protectedIdentity: false, sharingBlocked: false, ...over };
}

function consent(recipientParty: Party, categories: readonly string[], over: Partial<ConsentFacts> = {}): ConsentFacts {
  return { recipientParty, categories, validFrom: '2026-01-01', validTo: null, withdrawnAt: null, ...over };
}

function decide(
  who: Caller,
  category: FkCategory,
  participant: ParticipantFacts | null = person(),
  consents: ConsentFacts[] = [],
) {
  return evaluate(FK_RULES, category, { caller: who, party: demoParty(who), participant, consents, today: TODAY });
}

/** Decisions about no single person: who may register, ask for a team's list, review the log, read the figures, keep the register. */
const GENERAL: FkCategory[] = [
  'REGISTRATION',
  'TEAM_CASELOAD',
  'AUDIT_REVIEW',
  'FIGURES',
  'STAFF_REGISTER',
  'OPPORTUNITIES',
  'EMPLOYER_CONTACT',
  'RECORD_OPPORTUNITIES',
  'EMPLOYER_WORK_FIGURES',
];
/** Decisions about a person's records. */
const CATEGORIES = (Object.keys(FK_RULES.table) as FkCategory[]).filter((c) => !GENERAL.includes(c));
const SHAREABLE: FkCategory[] = ['BENEFITS', 'WORK_CAPACITY', 'INTERVENTIONS', 'KNOWN', 'MATCHES', 'MAPPING'];
const WRITES = CATEGORIES.filter((c) => c.startsWith('RECORD_'));
const everything = (party: Party) => [consent(party, FK_CONSENT_CATEGORIES)];

describe('FK officer', () => {
  it.each([...SHAREABLE, 'REFERRAL', 'CONSENTS', ...WRITES] as FkCategory[])(
    'on the person’s team may see and record %s',
    (category) => {
      expect(decide(fkOfficer, category).granted).toBe(true);
    },
  );

  it('supports several teams: T01, T11 and T12 but not T02', () => {
    for (const team of ['T01', 'T11', 'T12'])
      expect(decide(fkOfficer, 'BENEFITS', person({ teamId: team })).granted).toBe(true);
    expect(decide(fkOfficer, 'BENEFITS', person({ teamId: 'T02' })).granted).toBe(false);
  });

  it('not on the team and not assigned sees nothing and records nothing', () => {
    for (const category of CATEGORIES) expect(decide(fkOutsider, category).granted).toBe(false);
  });

  it('assigned to the person works with them even without a team', () => {
    const assigned = person({ teamId: null, assignments: [{ officerId: 'fk-3002', role: 'FORSAKRINGSUTREDARE' }] });
    for (const category of [...SHAREABLE, 'CONSENTS', ...WRITES] as FkCategory[])
      expect(decide(fkOutsider, category, assigned).granted).toBe(true);
  });

  it('without a record of the person at FK, nothing is released', () => {
    for (const category of CATEGORIES) expect(decide(fkOfficer, category, null).granted).toBe(false);
  });

  it('an FK auditor reads the audit log, not the records', () => {
    for (const category of CATEGORIES.filter((c) => c !== 'ACCESS_LOG'))
      expect(decide(fkAuditor, category, person(), everything('FK')).granted).toBe(false);
    expect(decide(fkAuditor, 'ACCESS_LOG', person(), everything('FK')).granted).toBe(true);
  });
});

describe('AF officer on the person’s team', () => {
  const af = afOfficer(['T11']);

  it.each(SHAREABLE)('sees %s with an active consent to AF', (category) => {
    expect(decide(af, category, person(), everything('AF'))).toEqual({
      granted: true,
      reason: `on the person's team; consent to AF for ${category}`,
    });
  });

  it.each(SHAREABLE)('does not see %s without consent', (category) => {
    expect(decide(af, category)).toMatchObject({ granted: false, reason: expect.stringContaining('no consent') });
  });

  it('consent counts only for the categories it names', () => {
    const onlyBenefits = [consent('AF', ['BENEFITS'])];
    expect(decide(af, 'BENEFITS', person(), onlyBenefits).granted).toBe(true);
    expect(decide(af, 'WORK_CAPACITY', person(), onlyBenefits).granted).toBe(false);
    expect(decide(af, 'INTERVENTIONS', person(), onlyBenefits).granted).toBe(false);
  });

  it('an expired consent does not count', () => {
    const expired = [consent('AF', FK_CONSENT_CATEGORIES, { validFrom: '2025-01-01', validTo: '2026-03-14' })];
    expect(decide(af, 'BENEFITS', person(), expired)).toMatchObject({
      granted: false,
      reason: expect.stringContaining('expired'),
    });
  });

  it('a consent valid to and including today counts', () => {
    expect(decide(af, 'BENEFITS', person(), [consent('AF', ['BENEFITS'], { validTo: TODAY })]).granted).toBe(true);
  });

  it('a withdrawn consent does not count', () => {
    const withdrawn = [consent('AF', FK_CONSENT_CATEGORIES, { withdrawnAt: new Date('2026-03-01T10:00:00Z') })];
    expect(decide(af, 'WORK_CAPACITY', person(), withdrawn)).toMatchObject({
      granted: false,
      reason: expect.stringContaining('withdrawn'),
    });
  });

  it('a consent that is not yet valid does not count', () => {
    const future = [consent('AF', FK_CONSENT_CATEGORIES, { validFrom: '2026-03-16' })];
    expect(decide(af, 'INTERVENTIONS', person(), future)).toMatchObject({
      granted: false,
      reason: expect.stringContaining('not_yet_valid'),
    });
  });

  it('an active consent next to a withdrawn one counts', () => {
    const both = [
      consent('AF', ['BENEFITS'], { withdrawnAt: new Date('2026-02-01T00:00:00Z') }),
      consent('AF', ['BENEFITS'], { validFrom: '2026-02-02' }),
    ];
    expect(decide(af, 'BENEFITS', person(), both).granted).toBe(true);
  });

  it('a consent to another party does not count', () => {
    for (const other of ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'REGION'] as Party[]) {
      for (const category of SHAREABLE) expect(decide(af, category, person(), everything(other)).granted).toBe(false);
    }
  });

  it('sees the referral without consent: it is a programme fact', () => {
    expect(decide(af, 'REFERRAL').granted).toBe(true);
  });

  it('never sees the consents FK holds, nor records anything at FK, even with consent', () => {
    expect(decide(af, 'CONSENTS', person(), everything('AF')).granted).toBe(false);
    for (const category of WRITES) expect(decide(af, category, person(), everything('AF')).granted).toBe(false);
  });
});

describe('AF officer not on the person’s team', () => {
  it('sees nothing, consent or not', () => {
    const af = afOfficer(['T05']);
    for (const category of CATEGORIES) expect(decide(af, category, person(), everything('AF')).granted).toBe(false);
  });
});

describe('Malmö stad: consent names an independent part, not the municipality', () => {
  it('a consent to social services lets the socialsekreterare see, not the labour-market unit', () => {
    const toSocial = everything('MALMO_SOCIAL_SERVICES');
    expect(decide(socialSecretary, 'BENEFITS', person(), toSocial).granted).toBe(true);
    expect(decide(labourMarket, 'BENEFITS', person(), toSocial).granted).toBe(false);
  });
});

describe('analyst at the funder (FINSAM)', () => {
  it('never sees a person’s records, whatever the consents or team claims', () => {
    const onTeam = { ...analyst, teams: ['T11'] };
    const consents = (
      ['AF', 'MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION', 'REGION'] as Party[]
    ).map((p) => consent(p, FK_CONSENT_CATEGORIES));
    for (const who of [analyst, onTeam]) {
      for (const category of CATEGORIES)
        expect(
          decide(who, category, person({ assignments: [{ officerId: 'finsam-5001', role: 'ANALYST' }] }), consents)
            .granted,
        ).toBe(false);
    }
  });
});

/** Whether `who` is granted a decision about no single person (for team `teamId` where it is a team's). */
const general = (who: Caller, category: FkCategory, teamId: string | null = null) =>
  generallyGranted(FK_RULES, category, { caller: who, party: demoParty(who) }, TODAY, teamId);

describe('decisions about no single person', () => {
  const fkAdmin = caller({ officerId: 'fk-3801', organisation: 'FK', roles: ['ADMINISTRATOR'] });
  const everyone = [
    fkOfficer,
    fkOutsider,
    fkAuditor,
    fkAdmin,
    afOfficer(['T11']),
    socialSecretary,
    labourMarket,
    analyst,
  ];
  const who = (category: FkCategory, teamId: string | null = null) =>
    everyone.filter((c) => general(c, category, teamId)).map((c) => `${c.officerId}`);

  it('registration is for FK staff; a team’s list for the team’s members; the log for FK’s auditors; figures for analysts; the register for FK’s administrators', () => {
    expect(who('REGISTRATION')).toEqual(['fk-3001', 'fk-3002']);
    expect(who('TEAM_CASELOAD', 'T11')).toEqual(['fk-3001', 'af-1001', 'malmo-2001', 'malmo-2101']);
    expect(who('TEAM_CASELOAD', 'T02')).toEqual([]);
    expect(who('AUDIT_REVIEW')).toEqual(['fk-3901']);
    expect(who('FIGURES')).toEqual(['finsam-5001']);
    expect(who('STAFF_REGISTER')).toEqual(['fk-3801']);
    // Another agency's auditor or administrator, or an FK one whose token also lists teams, gets none of it.
    expect(general(caller({ organisation: 'AF', roles: ['AUDITOR'] }), 'AUDIT_REVIEW')).toBe(false);
    expect(general({ ...fkAuditor, teams: ['T11'] }, 'TEAM_CASELOAD', 'T11')).toBe(false);
    expect(general(caller({ organisation: 'AF', roles: ['ADMINISTRATOR'] }), 'STAFF_REGISTER')).toBe(false);
  });

  it('names an officer in the plan only as an FK officer, under the rule for FK’s interventions', () => {
    expect(fkOfficerCategory('FORSAKRINGSUTREDARE')).toBe('INTERVENTIONS');
    for (const role of ['AUDITOR', 'ADMINISTRATOR', 'ARBETSFORMEDLARE', 'VARDSAMORDNARE'])
      expect(fkOfficerCategory(role)).toBeNull();
    expect(FK_STAFF.parts).toEqual({ FK: ['FORSAKRINGSUTREDARE'] });
  });
});

describe('the joint mapping (MAPPING, RECORD_MAPPING)', () => {
  const self = THEMSELF;

  it('FK’s perspective: FK staff who work with the person and the person themself; the team only with consent to the mapping', () => {
    expect(decide(fkOfficer, 'MAPPING').granted).toBe(true);
    expect(decide(self, 'MAPPING').granted).toBe(true);
    expect(
      decide(afOfficer(['T11']), 'MAPPING', person(), [consent('AF', ['INTERVENTIONS', 'BENEFITS'])]).granted,
    ).toBe(false);
    expect(decide(afOfficer(['T11']), 'MAPPING', person(), [consent('AF', ['MAPPING'])]).granted).toBe(true);
    expect(decide(labourMarket, 'MAPPING', person(), [consent('MALMO_SOCIAL_SERVICES', ['MAPPING'])]).granted).toBe(
      false,
    );
    expect(decide(fkOutsider, 'MAPPING', person(), everything('FK')).granted).toBe(false);
    expect(decide(analyst, 'MAPPING', person(), everything('FK')).granted).toBe(false);
  });

  it('is written by FK staff who work with the person only, whatever the consent', () => {
    const all = [
      ...everything('AF'),
      ...everything('MALMO_SOCIAL_SERVICES'),
      ...everything('MALMO_LABOUR_MARKET'),
      ...everything('FK'),
    ];
    const everyone = [
      fkOfficer,
      fkOutsider,
      fkAuditor,
      afOfficer(['T11']),
      socialSecretary,
      labourMarket,
      analyst,
      self,
    ];
    expect(everyone.filter((c) => decide(c, 'RECORD_MAPPING', person(), all).granted).map((c) => c.officerId)).toEqual([
      'fk-3001',
    ]);
  });
});

describe('employer work', () => {
  const fkAdmin = caller({ officerId: 'fk-3801', organisation: 'FK', roles: ['ADMINISTRATOR'] });
  const everyone = [
    fkOfficer,
    fkOutsider,
    fkAuditor,
    fkAdmin,
    afOfficer(['T11']),
    afOfficer([]),
    socialSecretary,
    labourMarket,
    analyst,
  ];
  const who = (category: FkCategory) =>
    everyone.filter((c) => general(c, category)).map((c) => `${c.officerId}/${c.teams.join('+')}`);

  it('the register of employers and work-training places is read by everyone acting for a part, on any team or none; never the funder, auditors or administrators', () => {
    expect(who('OPPORTUNITIES')).toEqual([
      'fk-3001/T01+T11+T12',
      'fk-3002/',
      'af-1001/T11',
      'af-1001/',
      'malmo-2001/T11',
      'malmo-2101/T11',
    ]);
  });

  it('its figures are for the funder’s analysts and everyone acting for a part; never auditors or administrators', () => {
    expect(who('EMPLOYER_WORK_FIGURES')).toEqual([...who('OPPORTUNITIES'), 'finsam-5001/']);
  });

  it('FK’s own staff keep it and read FK’s contact persons at employers', () => {
    expect(who('RECORD_OPPORTUNITIES')).toEqual(['fk-3001/T01+T11+T12', 'fk-3002/']);
    expect(who('EMPLOYER_CONTACT')).toEqual(['fk-3001/T01+T11+T12', 'fk-3002/']);
  });

  it('a match is person-level (MATCHES): recorded by FK staff who work with the person only, consent or not', () => {
    const all = (
      ['AF', 'MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION', 'REGION'] as Party[]
    ).map((p) => consent(p, FK_CONSENT_CATEGORIES));
    expect(everyone.filter((c) => decide(c, 'RECORD_MATCHES', person(), all).granted).map((c) => c.officerId)).toEqual([
      'fk-3001',
    ]);
    expect(decide(afOfficer(['T11']), 'MATCHES', person(), everything('AF')).granted).toBe(true);
    expect(decide(afOfficer(['T11']), 'MATCHES', person(), [consent('AF', ['WORK_CAPACITY'])]).granted).toBe(false);
  });
});

describe('medical certificate contents and diagnoses', () => {
  it('are never released, not even to the FK officer assigned to the person', () => {
    const assigned = person({ assignments: [{ officerId: 'fk-3001', role: 'FORSAKRINGSUTREDARE' }] });
    expect(decide(fkOfficer, 'MEDICAL', assigned, everything('FK'))).toEqual({
      granted: false,
      reason: 'medical certificate contents and diagnoses never leave Försäkringskassan',
    });
    expect(decide(afOfficer(['T11']), 'MEDICAL', assigned, [consent('AF', ['MEDICAL'])]).granted).toBe(false);
  });

  it('cannot be consented to', () => {
    expect(FK_CONSENT_CATEGORIES).not.toContain('MEDICAL');
  });

  it('a category outside the table is secret by default', () => {
    expect(
      evaluate(FK_RULES, 'DIAGNOSIS' as FkCategory, {
        caller: fkOfficer,
        party: 'FK',
        participant: person(),
        consents: [],
        today: TODAY,
      }).granted,
    ).toBe(false);
  });
});

describe('FK’s schema', () => {
  const sdl = readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8');
  const doc: DocumentNode = parse(sdl);

  /** Every name a client could ask for or send: fields, input fields, arguments and enum values. */
  function names(d: DocumentNode): string[] {
    const out: string[] = [];
    for (const def of d.definitions) {
      if (
        def.kind === Kind.OBJECT_TYPE_DEFINITION ||
        def.kind === Kind.OBJECT_TYPE_EXTENSION ||
        def.kind === Kind.INTERFACE_TYPE_DEFINITION
      ) {
        for (const f of def.fields ?? []) {
          out.push(`${def.name.value}.${f.name.value}`);
          for (const a of f.arguments ?? []) out.push(`${def.name.value}.${f.name.value}(${a.name.value})`);
        }
      }
      if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
        for (const f of def.fields ?? []) out.push(`${def.name.value}.${f.name.value}`);
      if (def.kind === Kind.ENUM_TYPE_DEFINITION)
        for (const v of def.values ?? []) out.push(`${def.name.value}.${v.name.value}`);
    }
    return out;
  }

  it('has no field that could carry certificate text or a diagnosis', () => {
    const all = names(doc);
    expect(all).toEqual(
      expect.arrayContaining(['Participant.benefits', 'BenefitPeriod.extentPercent', 'WorkCapacityAssessment.summary']),
    );
    expect(all.filter((n) => /diagnos|certificate|medical|intyg/i.test(n.split('.').pop()!))).toEqual([]);
  });

  it('has no type named for them either', () => {
    const types = doc.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(types.filter((t) => /diagnos|certificate|medical|intyg/i.test(t))).toEqual([]);
  });

  it('offers for consent exactly the categories the rules can share', () => {
    const def = doc.definitions.find(
      (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'FkConsentCategory',
    );
    const values = def && def.kind === Kind.ENUM_TYPE_DEFINITION ? (def.values ?? []).map((v) => v.name.value) : [];
    expect(values).toEqual([...FK_CONSENT_CATEGORIES]);
    for (const c of FK_CONSENT_CATEGORIES) expect(FK_RULES.table[c]).toBeDefined();
  });

  it('does not redefine the shared types', () => {
    const shared = parse(readFileSync(path.join(__dirname, '../../../../shared/schema/common.graphql'), 'utf8'));
    const sharedNames = new Set(shared.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])));
    const own = doc.definitions.flatMap((d) =>
      d.kind !== Kind.SCHEMA_EXTENSION && 'name' in d && d.name ? [d.name.value] : [],
    );
    expect(own.filter((n) => sharedNames.has(n))).toEqual([]);
  });
});

describe('FK’s code', () => {
  /** Only the migration (which creates the columns) and the seed (made-up demo data) may name them. */
  const ALLOWED = new Set(['db/migrations/1764000000000-Initial.ts', 'seed.ts']);

  function files(dir: string, base = dir): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === '__tests__' || name === 'generated' ? [] : files(full, base);
      return full.endsWith('.ts') ? [path.relative(base, full)] : [];
    });
  }

  it('never reads the medical columns outside the migration and the seed', () => {
    const src = path.join(__dirname, '..');
    const all = files(src).map((f) => f.split(path.sep).join('/'));
    expect(all).toEqual(
      expect.arrayContaining(['context.ts', 'db/queries.ts', 'resolvers/participant.ts', 'resolvers/mutations.ts']),
    );
    const offenders = all
      .filter((f) => !ALLOWED.has(f))
      .filter((f) =>
        /certificate_text|diagnosis_code|medical_basis|SELECT\s+\*/i.test(readFileSync(path.join(src, f), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

describe('RULES.md', () => {
  it('names every decision of the rule table', () => {
    const md = readFileSync(path.join(__dirname, '../secrecy/RULES.md'), 'utf8');
    const missing = Object.keys(FK_RULES.table).filter((c) => !md.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
