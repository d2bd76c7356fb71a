import {
  evaluate,
  type Caller,
  type ConsentFacts,
  type ParticipantFacts,
  type Party,
  type Role,
  type StaffEntry,
} from '@malmokraften/shared';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { demoParty } from '../../../../test/support/parties';
import { generallyGranted } from '../../../../test/support/rules';
import {
  ASSIGNABLE_ROLES,
  assignmentProblem,
  CONSENT_CATEGORY_HOLDERS,
  holdersOf,
  MALMO_CONSENT_CATEGORIES,
  MALMO_RULES,
  malmoOfficerCategory,
  mayRecordConsentFor,
  partyOfRole,
  type MalmoCategory,
} from '../secrecy/rules';

const TODAY = '2026-03-15';

function caller(officerId: string, organisation: Caller['organisation'], roles: Role[], teams: string[]): Caller {
  return { officerId, name: officerId, organisation, roles, teams, purpose: 'test', requestId: 'req-test' };
}

const socOnTeam = caller('malmo-2001', 'MALMO', ['SOCIALSEKRETERARE'], ['T01']);
const socAssigned = caller('malmo-2009', 'MALMO', ['SOCIALSEKRETERARE'], []);
const socOther = caller('malmo-2003', 'MALMO', ['SOCIALSEKRETERARE'], ['T05']);
const amsOnTeam = caller('malmo-2101', 'MALMO', ['ARBETSMARKNADSSEKRETERARE'], ['T01']);
const amsOther = caller('malmo-2103', 'MALMO', ['ARBETSMARKNADSSEKRETERARE'], ['T05']);
const syvOnTeam = caller('malmo-2201', 'MALMO', ['STUDIE_OCH_YRKESVAGLEDARE'], ['T01', 'T02']);
const malmoChief = caller('malmo-2301', 'MALMO', ['MALMO_SEKTIONSCHEF'], []);
const malmoAuditor = caller('malmo-2901', 'MALMO', ['AUDITOR'], []);
const afOnTeam = caller('af-1001', 'AF', ['ARBETSFORMEDLARE'], ['T01']);
const afOther = caller('af-1003', 'AF', ['ARBETSFORMEDLARE'], ['T05']);
const fkOnTeam = caller('fk-3001', 'FK', ['FORSAKRINGSUTREDARE'], ['T01']);
const regionOnTeam = caller('region-4001', 'REGION', ['VARDSAMORDNARE'], ['T01']);
const analyst = caller('finsam-5001', 'FINSAM', ['ANALYST'], []);
const malmoAdmin = caller('malmo-2801', 'MALMO', ['ADMINISTRATOR'], []);
/** Callers of every part and agency, on the team, assigned or not, and those who act for no part. */
const everyone = [
  socOnTeam,
  socAssigned,
  socOther,
  amsOnTeam,
  amsOther,
  syvOnTeam,
  malmoChief,
  malmoAuditor,
  malmoAdmin,
  afOnTeam,
  afOther,
  fkOnTeam,
  regionOnTeam,
  analyst,
];

/** A person on team T01 to whom malmo-2009 (not on the team) is assigned. */
const person: ParticipantFacts = {
  id: 'P-TEST0001',
  teamId: 'T01',
  assignments: [{ officerId: 'malmo-2009', role: 'SOCIALSEKRETERARE' }],
  protectedIdentity: false,
  sharingBlocked: false,
};

function consent(recipientParty: Party, categories: string[], over: Partial<ConsentFacts> = {}): ConsentFacts {
  return { recipientParty, categories, validFrom: '2025-01-01', validTo: null, withdrawnAt: null, ...over };
}

function decide(
  c: Caller,
  category: MalmoCategory,
  consents: ConsentFacts[] = [],
  participant: ParticipantFacts | null = person,
) {
  return evaluate(MALMO_RULES, category, { caller: c, party: demoParty(c), participant, consents, today: TODAY });
}
const granted = (
  c: Caller,
  category: MalmoCategory,
  consents: ConsentFacts[] = [],
  participant: ParticipantFacts | null = person,
) => decide(c, category, consents, participant).granted;

/** Decisions about no single person: who may register, ask for a team's list, review the log, read the figures, keep the register. */
const GENERAL: MalmoCategory[] = [
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
const ALL_CATEGORIES = (Object.keys(MALMO_RULES.table) as MalmoCategory[]).filter((c) => !GENERAL.includes(c));
/** A consent to every party for everything, including a category no consent can open. */
const consentToEveryone = (
  ['AF', 'MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION', 'FK', 'REGION'] as Party[]
).map((p) => consent(p, ['SOCIAL_ASSISTANCE_STATUS', 'SOCIAL_ASSISTANCE_DETAILS', 'INTERVENTIONS', 'CONSENTS']));

describe('the rule table', () => {
  it('has a rule for every category, and withholds a category it does not know', () => {
    expect([...ALL_CATEGORIES, ...GENERAL].sort()).toEqual(
      [
        ...GENERAL,
        'ACCESS_LOG',
        'CONSENTS',
        'INTERVENTIONS',
        'KNOWN',
        'MAPPING',
        'MATCHES',
        'RECORD_ASSIGNMENT',
        'RECORD_CONSENT',
        'RECORD_CONSENT_WITHDRAWAL',
        'RECORD_INTERVENTIONS',
        'RECORD_MAPPING',
        'RECORD_MATCHES',
        'RECORD_PARTICIPATION',
        'RECORD_SOCIAL_ASSISTANCE',
        'SOCIAL_ASSISTANCE_DETAILS',
        'SOCIAL_ASSISTANCE_STATUS',
      ].sort(),
    );
    expect(MALMO_RULES.owner).toBe('MALMO');
    expect(decide(socOnTeam, 'PERSONNUMMER' as MalmoCategory)).toEqual({
      granted: false,
      reason: 'no rule for PERSONNUMMER',
    });
  });

  it('withholds everything about a person Malmö has no record of, even from its own staff', () => {
    for (const c of [socOnTeam, amsOnTeam, syvOnTeam, afOnTeam]) {
      for (const category of ALL_CATEGORIES) expect(granted(c, category, consentToEveryone, null)).toBe(false);
    }
  });
});

describe('socialsekreterare', () => {
  it('on the team sees the status and the details, and records social assistance, without consent', () => {
    for (const category of [
      'SOCIAL_ASSISTANCE_STATUS',
      'SOCIAL_ASSISTANCE_DETAILS',
      'CONSENTS',
      'RECORD_SOCIAL_ASSISTANCE',
      'RECORD_CONSENT',
      'RECORD_ASSIGNMENT',
      'RECORD_PARTICIPATION',
      'KNOWN',
    ] as const) {
      expect(decide(socOnTeam, category)).toEqual({ granted: true, reason: "on the person's team" });
    }
  });

  it('assigned to the person but not on the team has the same need-to-know', () => {
    expect(decide(socAssigned, 'SOCIAL_ASSISTANCE_DETAILS')).toEqual({
      granted: true,
      reason: 'assigned to the person',
    });
    expect(granted(socAssigned, 'SOCIAL_ASSISTANCE_STATUS')).toBe(true);
    expect(granted(socAssigned, 'RECORD_SOCIAL_ASSISTANCE')).toBe(true);
  });

  it('needs consent for the municipal interventions: social services is a separate part', () => {
    expect(granted(socOnTeam, 'INTERVENTIONS')).toBe(false);
    expect(granted(socOnTeam, 'RECORD_INTERVENTIONS')).toBe(false);
    expect(granted(socOnTeam, 'INTERVENTIONS', [consent('MALMO_SOCIAL_SERVICES', ['INTERVENTIONS'])])).toBe(true);
    // A consent to the labour-market unit is not a consent to social services.
    expect(granted(socOnTeam, 'INTERVENTIONS', [consent('MALMO_LABOUR_MARKET', ['INTERVENTIONS'])])).toBe(false);
    // Consent lets them see, never record.
    expect(granted(socOnTeam, 'RECORD_INTERVENTIONS', consentToEveryone)).toBe(false);
  });

  it('not on the team and not assigned sees nothing, consent or not', () => {
    for (const category of ALL_CATEGORIES) expect(granted(socOther, category, consentToEveryone)).toBe(false);
    expect(decide(socOther, 'SOCIAL_ASSISTANCE_DETAILS').reason).toBe(
      'no need-to-know: not on the team and not assigned',
    );
  });
});

describe('arbetsmarknadssekreterare (a separate part of the city)', () => {
  it('on the team sees and records the municipal interventions without consent', () => {
    expect(granted(amsOnTeam, 'INTERVENTIONS')).toBe(true);
    expect(granted(amsOnTeam, 'RECORD_INTERVENTIONS')).toBe(true);
    expect(granted(amsOnTeam, 'CONSENTS')).toBe(true);
    expect(granted(amsOnTeam, 'RECORD_CONSENT')).toBe(true);
    expect(granted(amsOnTeam, 'RECORD_ASSIGNMENT')).toBe(true);
  });

  it('on the team does not see the social-assistance status without consent', () => {
    expect(decide(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS')).toEqual({
      granted: false,
      reason: 'caller acts for MALMO_LABOUR_MARKET, not MALMO_SOCIAL_SERVICES; no consent',
    });
  });

  it("on the team sees the status with the person's consent to the labour-market unit", () => {
    expect(
      granted(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('MALMO_LABOUR_MARKET', ['SOCIAL_ASSISTANCE_STATUS'])]),
    ).toBe(true);
    // A consent to another party does not count for the labour-market unit.
    expect(granted(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('AF', ['SOCIAL_ASSISTANCE_STATUS'])])).toBe(false);
    expect(
      granted(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('MALMO_ADULT_EDUCATION', ['SOCIAL_ASSISTANCE_STATUS'])]),
    ).toBe(false);
    // A consent that covers another category does not count either.
    expect(granted(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('MALMO_LABOUR_MARKET', ['INTERVENTIONS'])])).toBe(
      false,
    );
  });

  it('never sees the details or records social assistance, consent or not', () => {
    expect(granted(amsOnTeam, 'SOCIAL_ASSISTANCE_DETAILS', consentToEveryone)).toBe(false);
    expect(granted(amsOnTeam, 'RECORD_SOCIAL_ASSISTANCE', consentToEveryone)).toBe(false);
  });

  it('loses the status when the consent is withdrawn or has expired', () => {
    expect(
      decide(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [
        consent('MALMO_LABOUR_MARKET', ['SOCIAL_ASSISTANCE_STATUS'], { withdrawnAt: new Date('2026-02-01T10:00:00Z') }),
      ]).reason,
    ).toMatch(/consent withdrawn$/);
    expect(
      granted(amsOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [
        consent('MALMO_LABOUR_MARKET', ['SOCIAL_ASSISTANCE_STATUS'], { validTo: '2026-03-14' }),
      ]),
    ).toBe(false);
  });

  it('not on the team sees nothing, consent or not', () => {
    for (const category of ALL_CATEGORIES) expect(granted(amsOther, category, consentToEveryone)).toBe(false);
  });
});

describe('studie- och yrkesvägledare (adult education)', () => {
  it('on the team sees and records interventions, and needs consent for the status', () => {
    expect(granted(syvOnTeam, 'INTERVENTIONS')).toBe(true);
    expect(granted(syvOnTeam, 'RECORD_INTERVENTIONS')).toBe(true);
    expect(granted(syvOnTeam, 'SOCIAL_ASSISTANCE_STATUS')).toBe(false);
    expect(
      granted(syvOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('MALMO_ADULT_EDUCATION', ['SOCIAL_ASSISTANCE_STATUS'])]),
    ).toBe(true);
    expect(granted(syvOnTeam, 'SOCIAL_ASSISTANCE_DETAILS', consentToEveryone)).toBe(false);
  });
});

describe('an officer of another agency', () => {
  const afConsent = [consent('AF', ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'])];

  it('on the team sees the status and the interventions with an active consent to AF', () => {
    expect(decide(afOnTeam, 'SOCIAL_ASSISTANCE_STATUS', afConsent)).toEqual({
      granted: true,
      reason: "on the person's team; consent to AF for SOCIAL_ASSISTANCE_STATUS",
    });
    expect(granted(afOnTeam, 'INTERVENTIONS', afConsent)).toBe(true);
  });

  it('on the team sees nothing without consent', () => {
    expect(decide(afOnTeam, 'SOCIAL_ASSISTANCE_STATUS').reason).toMatch(/no consent$/);
    expect(granted(afOnTeam, 'INTERVENTIONS')).toBe(false);
  });

  it('sees nothing once the consent has expired, is withdrawn or is not yet valid', () => {
    const expired = [consent('AF', ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'], { validTo: '2026-01-31' })];
    const withdrawn = [
      consent('AF', ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'], { withdrawnAt: new Date('2026-03-01T09:00:00Z') }),
    ];
    const future = [consent('AF', ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'], { validFrom: '2026-04-01' })];
    for (const category of ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'] as const) {
      expect(decide(afOnTeam, category, expired).reason).toMatch(/consent expired$/);
      expect(decide(afOnTeam, category, withdrawn).reason).toMatch(/consent withdrawn$/);
      expect(decide(afOnTeam, category, future).reason).toMatch(/consent not_yet_valid$/);
    }
  });

  it('counts a consent only for the categories it names', () => {
    const onlyInterventions = [consent('AF', ['INTERVENTIONS'])];
    expect(granted(afOnTeam, 'INTERVENTIONS', onlyInterventions)).toBe(true);
    expect(granted(afOnTeam, 'SOCIAL_ASSISTANCE_STATUS', onlyInterventions)).toBe(false);
  });

  it('on the team never sees the details or consents, and never records, even with consent', () => {
    for (const c of [afOnTeam, fkOnTeam, regionOnTeam]) {
      for (const category of [
        'SOCIAL_ASSISTANCE_DETAILS',
        'CONSENTS',
        'RECORD_SOCIAL_ASSISTANCE',
        'RECORD_INTERVENTIONS',
        'RECORD_CONSENT',
        'RECORD_ASSIGNMENT',
        'RECORD_PARTICIPATION',
      ] as const) {
        expect(granted(c, category, consentToEveryone)).toBe(false);
      }
    }
  });

  it('not on the team is refused, consent or not', () => {
    for (const category of ALL_CATEGORIES) expect(granted(afOther, category, consentToEveryone)).toBe(false);
    expect(decide(afOther, 'SOCIAL_ASSISTANCE_STATUS', consentToEveryone).reason).toMatch(/not on the person's team/);
  });

  it('FK and Region on the team follow the same consent rule', () => {
    expect(granted(fkOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('FK', ['SOCIAL_ASSISTANCE_STATUS'])])).toBe(true);
    expect(granted(fkOnTeam, 'SOCIAL_ASSISTANCE_STATUS', [consent('REGION', ['SOCIAL_ASSISTANCE_STATUS'])])).toBe(
      false,
    );
    expect(granted(regionOnTeam, 'INTERVENTIONS', [consent('REGION', ['INTERVENTIONS'])])).toBe(true);
  });
});

describe('callers without person-level access', () => {
  it('the funder, an auditor and a sektionschef without a team see and record nothing', () => {
    for (const c of [analyst, malmoAuditor, malmoChief]) {
      for (const category of ALL_CATEGORIES.filter((k) => k !== 'ACCESS_LOG'))
        expect(granted(c, category, consentToEveryone)).toBe(false);
    }
    // The auditor reads the audit log (loggkontroll), never the records themselves.
    expect(granted(malmoAuditor, 'ACCESS_LOG', consentToEveryone)).toBe(true);
    expect(granted(analyst, 'ACCESS_LOG', consentToEveryone)).toBe(false);
    expect(granted(malmoChief, 'ACCESS_LOG', consentToEveryone)).toBe(false);
  });
});

describe('SOCIAL_ASSISTANCE_DETAILS', () => {
  it('is released to the socialsekreterare who works with the person, and to no one else', () => {
    const seeing = everyone.filter((c) => granted(c, 'SOCIAL_ASSISTANCE_DETAILS', consentToEveryone));
    expect(seeing.map((c) => c.officerId)).toEqual([socOnTeam.officerId, socAssigned.officerId]);
  });
});

describe('who reads and records what, per Malmö part, without consent', () => {
  const table: Array<[Caller, Partial<Record<MalmoCategory, boolean>>]> = [
    [
      socOnTeam,
      {
        SOCIAL_ASSISTANCE_STATUS: true,
        SOCIAL_ASSISTANCE_DETAILS: true,
        INTERVENTIONS: false,
        CONSENTS: true,
        RECORD_SOCIAL_ASSISTANCE: true,
        RECORD_INTERVENTIONS: false,
        RECORD_CONSENT: true,
        RECORD_CONSENT_WITHDRAWAL: true,
        RECORD_ASSIGNMENT: true,
        RECORD_PARTICIPATION: true,
        KNOWN: true,
        ACCESS_LOG: false,
        MATCHES: false,
        RECORD_MATCHES: false,
        // The city's perspective in the joint mapping is held as its interventions: social services needs consent, and does not write it.
        MAPPING: false,
        RECORD_MAPPING: false,
      },
    ],
    [
      amsOnTeam,
      {
        SOCIAL_ASSISTANCE_STATUS: false,
        SOCIAL_ASSISTANCE_DETAILS: false,
        INTERVENTIONS: true,
        CONSENTS: true,
        RECORD_SOCIAL_ASSISTANCE: false,
        RECORD_INTERVENTIONS: true,
        RECORD_CONSENT: true,
        RECORD_CONSENT_WITHDRAWAL: true,
        RECORD_ASSIGNMENT: true,
        RECORD_PARTICIPATION: true,
        KNOWN: true,
        ACCESS_LOG: false,
        MATCHES: true,
        RECORD_MATCHES: true,
        MAPPING: true,
        RECORD_MAPPING: true,
      },
    ],
    [
      syvOnTeam,
      {
        SOCIAL_ASSISTANCE_STATUS: false,
        SOCIAL_ASSISTANCE_DETAILS: false,
        INTERVENTIONS: true,
        CONSENTS: true,
        RECORD_SOCIAL_ASSISTANCE: false,
        RECORD_INTERVENTIONS: true,
        RECORD_CONSENT: true,
        RECORD_CONSENT_WITHDRAWAL: true,
        RECORD_ASSIGNMENT: true,
        RECORD_PARTICIPATION: true,
        KNOWN: true,
        ACCESS_LOG: false,
        // Adult education holds the matches as it holds the interventions; the labour-market unit records them.
        MATCHES: true,
        RECORD_MATCHES: false,
        MAPPING: true,
        RECORD_MAPPING: true,
      },
    ],
  ];
  it.each(table)('%#: $0.roles', (c, expected) => {
    const actual = Object.fromEntries(ALL_CATEGORIES.map((category) => [category, granted(c, category)]));
    expect(actual).toEqual(expected);
  });
});

describe('the joint mapping (MAPPING, RECORD_MAPPING)', () => {
  it('the city’s perspective is held by the labour-market unit and adult education: social services and the team read it with consent, naming their part', () => {
    expect(CONSENT_CATEGORY_HOLDERS.MAPPING).toEqual(['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION']);
    expect(granted(socOnTeam, 'MAPPING')).toBe(false);
    expect(granted(socOnTeam, 'MAPPING', [consent('MALMO_SOCIAL_SERVICES', ['MAPPING'])])).toBe(true);
    expect(granted(afOnTeam, 'MAPPING')).toBe(false);
    expect(granted(afOnTeam, 'MAPPING', [consent('AF', ['MAPPING'])])).toBe(true);
    // A consent to the interventions, or one naming another part, is not a consent to the mapping.
    expect(granted(afOnTeam, 'MAPPING', [consent('AF', ['INTERVENTIONS'])])).toBe(false);
    expect(granted(fkOnTeam, 'MAPPING', [consent('AF', ['MAPPING'])])).toBe(false);
    expect(
      granted(regionOnTeam, 'MAPPING', [
        consent('REGION', ['MAPPING'], { withdrawnAt: new Date('2026-03-01T10:00:00Z') }),
      ]),
    ).toBe(false);
    expect(granted(afOther, 'MAPPING', consentToEveryone)).toBe(false);
    expect(granted(analyst, 'MAPPING', consentToEveryone)).toBe(false);
    expect(granted(malmoAuditor, 'MAPPING', consentToEveryone)).toBe(false);
  });

  it('is written by the labour-market unit’s and adult education’s staff who work with the person only, whatever the consent', () => {
    expect(granted(amsOnTeam, 'RECORD_MAPPING')).toBe(true);
    expect(granted(syvOnTeam, 'RECORD_MAPPING')).toBe(true);
    for (const c of [socOnTeam, amsOther, malmoChief, malmoAuditor, afOnTeam, fkOnTeam, regionOnTeam, analyst])
      expect(granted(c, 'RECORD_MAPPING', consentToEveryone)).toBe(false);
  });
});

describe('consent between parts of the city', () => {
  it('the holders of each category are the parts that see it without consent', () => {
    const staffOf: Record<string, Caller> = {
      MALMO_SOCIAL_SERVICES: socOnTeam,
      MALMO_LABOUR_MARKET: amsOnTeam,
      MALMO_ADULT_EDUCATION: syvOnTeam,
    };
    for (const category of MALMO_CONSENT_CATEGORIES) {
      for (const [party, c] of Object.entries(staffOf)) {
        expect(granted(c, category)).toBe(CONSENT_CATEGORY_HOLDERS[category].includes(party as Party));
      }
    }
  });

  it('a consent cannot name a holder of its categories as recipient', () => {
    expect(holdersOf(['SOCIAL_ASSISTANCE_STATUS'])).toEqual(['MALMO_SOCIAL_SERVICES']);
    expect(holdersOf(['INTERVENTIONS'])).toEqual(['MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION']);
    expect(holdersOf(['KNOWN'])).toEqual(['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION']);
    expect(holdersOf(['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS', 'INTERVENTIONS'])).toHaveLength(3);
  });

  it('only the holding part records a consent that lifts its secrecy', () => {
    expect(mayRecordConsentFor('MALMO_SOCIAL_SERVICES', ['SOCIAL_ASSISTANCE_STATUS'])).toBe(true);
    expect(mayRecordConsentFor('MALMO_LABOUR_MARKET', ['SOCIAL_ASSISTANCE_STATUS'])).toBe(false);
    expect(mayRecordConsentFor('MALMO_LABOUR_MARKET', ['INTERVENTIONS'])).toBe(true);
    expect(mayRecordConsentFor('MALMO_ADULT_EDUCATION', ['INTERVENTIONS'])).toBe(true);
    expect(mayRecordConsentFor('MALMO_SOCIAL_SERVICES', ['INTERVENTIONS'])).toBe(false);
    expect(mayRecordConsentFor('MALMO_SOCIAL_SERVICES', ['SOCIAL_ASSISTANCE_STATUS', 'INTERVENTIONS'])).toBe(false);
    expect(mayRecordConsentFor('AF', ['INTERVENTIONS'])).toBe(false);
    expect(mayRecordConsentFor(null, ['INTERVENTIONS'])).toBe(false);
    expect(mayRecordConsentFor('MALMO_SOCIAL_SERVICES', [])).toBe(false);
  });
});

describe('assignments', () => {
  const entry = (over: Partial<StaffEntry> = {}): StaffEntry => ({
    officerId: 'malmo-2102',
    name: 'Leyla Yılmaz',
    organisation: 'MALMO',
    party: 'MALMO_LABOUR_MARKET',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T02'],
    activeFrom: '2020-01-01',
    activeTo: null,
    version: 1,
    ...over,
  });

  it('each part assigns only its own officers', () => {
    expect(ASSIGNABLE_ROLES.map(partyOfRole)).toEqual([
      'MALMO_SOCIAL_SERVICES',
      'MALMO_LABOUR_MARKET',
      'MALMO_ADULT_EDUCATION',
    ]);
    const soc = entry({ officerId: 'malmo-2002', party: 'MALMO_SOCIAL_SERVICES', roles: ['SOCIALSEKRETERARE'] });
    expect(assignmentProblem('MALMO_SOCIAL_SERVICES', soc, 'SOCIALSEKRETERARE', TODAY)).toBeNull();
    expect(assignmentProblem('MALMO_LABOUR_MARKET', soc, 'SOCIALSEKRETERARE', TODAY)).toMatch(/cannot assign/);
    expect(assignmentProblem('MALMO_LABOUR_MARKET', entry(), 'ARBETSMARKNADSSEKRETERARE', TODAY)).toBeNull();
    expect(assignmentProblem('AF', entry(), 'ARBETSMARKNADSSEKRETERARE', TODAY)).toMatch(/cannot assign/);
    expect(assignmentProblem(null, soc, 'SOCIALSEKRETERARE', TODAY)).toMatch(/cannot assign/);
  });

  it('only in a role the register has the officer in, while employed', () => {
    // A socialsekreterare named as an arbetsmarknadssekreterare by the labour-market unit.
    const soc = entry({ officerId: 'malmo-2002', party: 'MALMO_SOCIAL_SERVICES', roles: ['SOCIALSEKRETERARE'] });
    expect(assignmentProblem('MALMO_LABOUR_MARKET', soc, 'ARBETSMARKNADSSEKRETERARE', TODAY)).toMatch(
      /does not have the officer as ARBETSMARKNADSSEKRETERARE/,
    );
    expect(assignmentProblem('MALMO_LABOUR_MARKET', null, 'ARBETSMARKNADSSEKRETERARE', TODAY)).toMatch(
      /not in Malmö stad's staff register/,
    );
    expect(
      assignmentProblem('MALMO_LABOUR_MARKET', entry({ activeTo: '2026-03-14' }), 'ARBETSMARKNADSSEKRETERARE', TODAY),
    ).toMatch(/not employed/);
    expect(
      assignmentProblem(
        'MALMO_LABOUR_MARKET',
        entry({ organisation: 'AF', party: 'AF', roles: ['ARBETSFORMEDLARE'] }),
        'ARBETSMARKNADSSEKRETERARE',
        TODAY,
      ),
    ).toMatch(/not employed/);
  });

  it("names an officer in the plan under their part's rule: social services' under the status, the others' under the interventions", () => {
    expect(malmoOfficerCategory('SOCIALSEKRETERARE')).toBe('SOCIAL_ASSISTANCE_STATUS');
    expect(malmoOfficerCategory('ARBETSMARKNADSSEKRETERARE')).toBe('INTERVENTIONS');
    expect(malmoOfficerCategory('STUDIE_OCH_YRKESVAGLEDARE')).toBe('INTERVENTIONS');
    for (const role of ['AUDITOR', 'ADMINISTRATOR', 'ARBETSFORMEDLARE']) expect(malmoOfficerCategory(role)).toBeNull();
  });
});

/** Whether `c` is granted a decision about no single person (for team `teamId` where it is a team's). */
const general = (c: Caller, category: MalmoCategory, teamId: string | null = null) =>
  generallyGranted(MALMO_RULES, category, { caller: c, party: demoParty(c) }, TODAY, teamId);
/** The officers of `everyone` granted it. */
const who = (category: MalmoCategory, teamId: string | null = null) =>
  everyone.filter((c) => general(c, category, teamId)).map((c) => c.officerId);

describe('decisions about no single person', () => {
  it('registration is for the staff of any part; a team’s list for its members; the log for Malmö’s auditors; figures for analysts; the register for its administrators', () => {
    expect(who('REGISTRATION')).toEqual([
      'malmo-2001',
      'malmo-2009',
      'malmo-2003',
      'malmo-2101',
      'malmo-2103',
      'malmo-2201',
      'malmo-2301',
    ]);
    expect(who('TEAM_CASELOAD', 'T01')).toEqual([
      'malmo-2001',
      'malmo-2101',
      'malmo-2201',
      'af-1001',
      'fk-3001',
      'region-4001',
    ]);
    expect(who('AUDIT_REVIEW')).toEqual(['malmo-2901']);
    expect(who('FIGURES')).toEqual(['finsam-5001']);
    expect(who('STAFF_REGISTER')).toEqual(['malmo-2801']);
    // An auditor whose token lists a team asks for no list.
    expect(general({ ...malmoAuditor, teams: ['T01'] }, 'TEAM_CASELOAD', 'T01')).toBe(false);
  });
});

describe('employer work', () => {
  it('the register (employers and opportunities) is not personal data: everyone acting for a part of the programme reads it, on any team or none', () => {
    expect(who('OPPORTUNITIES')).toEqual([
      'malmo-2001',
      'malmo-2009',
      'malmo-2003',
      'malmo-2101',
      'malmo-2103',
      'malmo-2201',
      'malmo-2301',
      'af-1001',
      'af-1003',
      'fk-3001',
      'region-4001',
    ]);
  });

  it('its figures are for the funder’s analysts and everyone acting for a part; never auditors or administrators', () => {
    expect(who('EMPLOYER_WORK_FIGURES')).toEqual([...who('OPPORTUNITIES'), 'finsam-5001']);
  });

  it('the labour-market unit keeps it: records employers and opportunities, and reads the city’s contact persons', () => {
    expect(who('RECORD_OPPORTUNITIES')).toEqual(['malmo-2101', 'malmo-2103', 'malmo-2301']);
    expect(who('EMPLOYER_CONTACT')).toEqual(['malmo-2101', 'malmo-2103', 'malmo-2301']);
  });

  it('a match is person-level: the labour-market unit and adult education who work with the person; anyone else on the team with consent to MATCHES', () => {
    for (const c of [amsOnTeam, syvOnTeam]) expect(granted(c, 'MATCHES')).toBe(true);
    for (const c of [socOnTeam, afOnTeam, fkOnTeam, regionOnTeam]) {
      expect(granted(c, 'MATCHES')).toBe(false);
      expect(granted(c, 'MATCHES', [consent(demoParty(c)!, ['INTERVENTIONS'])])).toBe(false);
      expect(granted(c, 'MATCHES', [consent(demoParty(c)!, ['MATCHES'])])).toBe(true);
      expect(
        granted(c, 'MATCHES', [consent(demoParty(c)!, ['MATCHES'], { withdrawnAt: new Date('2026-03-01T10:00:00Z') })]),
      ).toBe(false);
    }
    for (const c of [amsOther, afOther, analyst, malmoAuditor, malmoChief])
      expect(
        granted(
          c,
          'MATCHES',
          consentToEveryone.map((x) => ({ ...x, categories: ['MATCHES'] })),
        ),
      ).toBe(false);
    expect(granted(amsOnTeam, 'MATCHES', [], null)).toBe(false);
  });

  it('only the labour-market unit’s staff who work with the person record a match, its steps and its follow-ups, consent or not', () => {
    const all = consentToEveryone.map((x) => ({ ...x, categories: ['MATCHES'] }));
    expect(everyone.filter((c) => granted(c, 'RECORD_MATCHES', all)).map((c) => c.officerId)).toEqual(['malmo-2101']);
  });

  it('MATCHES is a consent category, held as the interventions are', () => {
    expect(MALMO_CONSENT_CATEGORIES).toContain('MATCHES');
    expect(CONSENT_CATEGORY_HOLDERS.MATCHES).toEqual(CONSENT_CATEGORY_HOLDERS.INTERVENTIONS);
  });
});

describe('RULES.md', () => {
  it('names every decision of the rule table', () => {
    const md = readFileSync(path.join(__dirname, '../secrecy/RULES.md'), 'utf8');
    expect(Object.keys(MALMO_RULES.table).filter((c) => !md.includes(`\`${c}\``))).toEqual([]);
  });
});
