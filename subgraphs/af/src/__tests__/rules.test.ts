/**
 * Arbetsförmedlingen's rule table on hand-made inputs (no database, no
 * tokens): who sees and records each category of AF's records, who may
 * enrol, see a team's list, review the log, read the figures and keep the
 * staff register. The callers are the demo personas, each with the part the
 * registers give them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluate,
  staffEntryProblem,
  type Caller,
  type ConsentFacts,
  type ParticipantFacts,
  type Party,
} from '@malmokraften/shared';
import { PERSONAS } from '@malmokraften/dev';
import { generallyGranted, personaCaller, THEMSELF } from '../../../../test/support/rules';
import { AF_CONSENT_CATEGORIES, AF_RULES, AF_STAFF, afOfficerCategory, type AfCategory } from '../secrecy/rules';

const TODAY = '2026-03-15';

const caller = personaCaller;

/** A person on team T01 whom af-1001 (af-t01) enrolled. */
function person(over: Partial<ParticipantFacts> = {}): ParticipantFacts {
  return {
    id: 'P-TEST0001',
    teamId: 'T01',
    assignments: [{ officerId: 'af-1001', role: 'ARBETSFORMEDLARE' }],
    protectedIdentity: false,
    sharingBlocked: false,
    ...over,
  };
}

function consent(recipientParty: Party, categories: readonly string[], over: Partial<ConsentFacts> = {}): ConsentFacts {
  return { recipientParty, categories, validFrom: '2026-01-01', validTo: null, withdrawnAt: null, ...over };
}
const OTHERS: Party[] = ['MALMO_SOCIAL_SERVICES', 'MALMO_LABOUR_MARKET', 'MALMO_ADULT_EDUCATION', 'FK', 'REGION'];
const toEveryone = (categories: readonly string[] = AF_CONSENT_CATEGORIES) => OTHERS.map((p) => consent(p, categories));

function decide(
  persona: string | Caller,
  category: AfCategory,
  participant: ParticipantFacts | null = person(),
  consents: ConsentFacts[] = [],
) {
  const c = typeof persona === 'string' ? caller(persona) : persona;
  const party = typeof persona === 'string' ? PERSONAS[persona]!.party : null;
  return evaluate(AF_RULES, category, { caller: c, party, participant, consents, today: TODAY });
}
const granted = (
  persona: string,
  category: AfCategory,
  participant: ParticipantFacts | null = person(),
  consents: ConsentFacts[] = [],
) => decide(persona, category, participant, consents).granted;

/** Decisions about no single person. */
const GENERAL: AfCategory[] = [
  'ENROLMENT',
  'TEAM_CASELOAD',
  'AUDIT_REVIEW',
  'FIGURES',
  'STAFF_REGISTER',
  'OPPORTUNITIES',
  'EMPLOYER_CONTACT',
  'RECORD_OPPORTUNITIES',
  'EMPLOYER_WORK_FIGURES',
];
const CATEGORIES = (Object.keys(AF_RULES.table) as AfCategory[]).filter((c) => !GENERAL.includes(c));
const WRITES = CATEGORIES.filter((c) => c.startsWith('RECORD_'));
/** Members of T01 from the other agencies, one per party. */
const TEAM_OTHERS = ['soc-t01', 'ams-t01', 'syv', 'fk-utredare', 'region-vsam'];

describe('the rule table', () => {
  it('has a rule for every decision, and releases a category it does not know to no one', () => {
    expect(Object.keys(AF_RULES.table).sort()).toEqual(
      [
        'ACCESS_LOG',
        'AUDIT_REVIEW',
        'CONSENTS',
        'EMPLOYER_CONTACT',
        'EMPLOYER_WORK_FIGURES',
        'ENROLMENT',
        'FIGURES',
        'INTERVENTIONS',
        'JOB_MATCHES',
        'KNOWN',
        'MAPPING',
        'NAME',
        'OPPORTUNITIES',
        'PERSONNUMMER',
        'PROGRAMME',
        'RECORD_CONSENT',
        'RECORD_CONSENT_WITHDRAWAL',
        'RECORD_INTERVENTIONS',
        'RECORD_MAPPING',
        'RECORD_MATCHES',
        'RECORD_OPPORTUNITIES',
        'RECORD_PROGRAMME',
        'STAFF_REGISTER',
        'TEAM_CASELOAD',
      ].sort(),
    );
    expect(AF_RULES.owner).toBe('AF');
    expect(decide('af-t01', 'DIAGNOSIS' as AfCategory)).toEqual({ granted: false, reason: 'no rule for DIAGNOSIS' });
  });

  it('withholds everything about a person AF has no record of, even from its own staff', () => {
    for (const who of ['af-t01', 'af-sius', ...TEAM_OTHERS])
      for (const category of CATEGORIES) expect(granted(who, category, null, toEveryone())).toBe(false);
  });
});

describe('AF staff who work with the person', () => {
  it.each(CATEGORIES.filter((c) => c !== 'ACCESS_LOG'))('on the team see and record %s', (category) => {
    expect(granted('af-t01', category)).toBe(true);
    expect(granted('af-sius', category)).toBe(true);
  });

  it('assigned to the person but on another team have the same need-to-know', () => {
    const elsewhere = person({ teamId: 'T07' });
    expect(decide('af-t01', 'PERSONNUMMER', elsewhere)).toEqual({ granted: true, reason: 'assigned to the person' });
    expect(granted('af-sius', 'PERSONNUMMER', elsewhere)).toBe(false);
  });

  it('count an assignment only in a role they hold', () => {
    const namedAsSomethingElse = person({
      teamId: 'T07',
      assignments: [{ officerId: 'af-1003', role: 'SOCIALSEKRETERARE' }],
    });
    expect(granted('af-other', 'PERSONNUMMER', namedAsSomethingElse)).toBe(false);
  });

  it('on another team, or a lead without a team, see and record nothing', () => {
    for (const who of ['af-other', 'af-samordnare', 'af-sektionschef'])
      for (const category of CATEGORIES) expect(granted(who, category, person(), toEveryone())).toBe(false);
    expect(decide('af-other', 'PROGRAMME').reason).toMatch(/not on the person's team/);
  });
});

describe('members of the person’s team from other agencies', () => {
  it.each(TEAM_OTHERS)(
    '%s sees the programme facts, the name and that the person is on the team, without consent',
    (who) => {
      for (const category of ['PROGRAMME', 'NAME', 'KNOWN'] as const) expect(granted(who, category)).toBe(true);
    },
  );

  it.each(TEAM_OTHERS)(
    '%s sees AF’s interventions and job matches only with an active consent to their part',
    (who) => {
      expect(granted(who, 'INTERVENTIONS')).toBe(false);
      expect(granted(who, 'INTERVENTIONS', person(), toEveryone())).toBe(true);
      expect(granted(who, 'JOB_MATCHES', person(), toEveryone(['INTERVENTIONS']))).toBe(false);
      expect(
        granted(
          who,
          'INTERVENTIONS',
          person(),
          toEveryone().map((c) => ({ ...c, withdrawnAt: new Date('2026-03-01T10:00:00Z') })),
        ),
      ).toBe(false);
      expect(
        granted(
          who,
          'INTERVENTIONS',
          person(),
          toEveryone().map((c) => ({ ...c, validTo: '2026-03-14' })),
        ),
      ).toBe(false);
    },
  );

  it('needs its own part named: a consent to Malmö’s social services is not one to its labour-market unit', () => {
    expect(granted('ams-t01', 'INTERVENTIONS', person(), [consent('MALMO_SOCIAL_SERVICES', ['INTERVENTIONS'])])).toBe(
      false,
    );
    expect(granted('soc-t01', 'INTERVENTIONS', person(), [consent('MALMO_SOCIAL_SERVICES', ['INTERVENTIONS'])])).toBe(
      true,
    );
  });

  it.each(TEAM_OTHERS)(
    '%s never gets the personnummer or AF’s consents, and records nothing at AF, whatever the consent',
    (who) => {
      for (const category of ['PERSONNUMMER', 'CONSENTS', ...WRITES] as AfCategory[])
        expect(granted(who, category, person(), toEveryone([...CATEGORIES]))).toBe(false);
    },
  );

  it('does not see the name of a person with a protected identity', () => {
    expect(granted('soc-t01', 'NAME', person({ protectedIdentity: true }))).toBe(false);
    expect(granted('af-t01', 'NAME', person({ protectedIdentity: true }))).toBe(true);
  });
});

describe('callers without person-level access', () => {
  it('the funder’s analyst, the auditor and the administrator see nothing of a person, whatever teams their token lists', () => {
    for (const persona of ['analyst', 'auditor-af', 'admin-af']) {
      const withTeam = { ...caller(persona), teams: ['T01'] };
      for (const category of CATEGORIES.filter((c) => c !== 'ACCESS_LOG')) {
        expect(
          decide(
            withTeam,
            category,
            person({ assignments: [{ officerId: withTeam.officerId, role: withTeam.roles[0]! }] }),
            toEveryone([...CATEGORIES]),
          ).granted,
        ).toBe(false);
      }
    }
  });

  it('the person themself and AF’s auditors read the access log', () => {
    const self = THEMSELF;
    expect(decide(self, 'ACCESS_LOG').granted).toBe(true);
    expect(decide({ ...self, officerId: 'P-TEST0002' }, 'ACCESS_LOG').granted).toBe(false);
    expect(granted('auditor-af', 'ACCESS_LOG')).toBe(true);
    for (const who of ['auditor-malmo', 'af-t01', 'analyst']) expect(granted(who, 'ACCESS_LOG')).toBe(false);
  });
});

/** Whether `persona` is granted a decision about no single person (for team `teamId` where it is a team's). */
const general = (persona: string, category: AfCategory, teamId: string | null = null) =>
  generallyGranted(AF_RULES, category, { caller: caller(persona), party: PERSONAS[persona]!.party }, TODAY, teamId);
/** The personas granted it, in the personas' order. */
const who = (category: AfCategory, teamId: string | null = null) =>
  Object.keys(PERSONAS).filter((p) => general(p, category, teamId));

describe('decisions about no single person', () => {
  it('enrolment is for AF staff who act for AF', () => {
    expect(who('ENROLMENT')).toEqual(['af-t01', 'af-t02', 'af-sius', 'af-samordnare', 'af-sektionschef', 'af-other']);
  });
  it('a team’s caseload is for the team’s members of every agency, never for auditors or analysts', () => {
    // The team's members who act for a part, as the personas have them: these, and any other agency's on T01.
    const members = Object.keys(PERSONAS).filter((p) => PERSONAS[p]!.teams.includes('T01') && PERSONAS[p]!.party);
    expect(members).toEqual(
      expect.arrayContaining(['af-t01', 'af-sius', 'soc-t01', 'ams-t01', 'syv', 'fk-utredare', 'region-vsam']),
    );
    expect(who('TEAM_CASELOAD', 'T01')).toEqual(members);
    expect(general('analyst', 'TEAM_CASELOAD', 'T01')).toBe(false);
  });
  it('the log review is for AF’s auditors, the figures for the funder’s analysts, the register for AF’s administrators', () => {
    expect(who('AUDIT_REVIEW')).toEqual(['auditor-af']);
    expect(who('FIGURES')).toEqual(['analyst']);
    expect(who('STAFF_REGISTER')).toEqual(['admin-af']);
  });
});

describe('employer work', () => {
  const caseworkers = Object.keys(PERSONAS).filter((p) => PERSONAS[p]!.party !== null);

  it('the register of employers and opportunities is not personal data: every officer acting for a part reads it, on any team or none; never the funder, auditors or administrators', () => {
    expect(who('OPPORTUNITIES')).toEqual(caseworkers);
    for (const p of ['analyst', 'auditor-af', 'admin-af', 'participant'])
      expect(general(p, 'OPPORTUNITIES')).toBe(false);
  });

  it('its figures are for the funder’s analysts and every officer acting for a part; never auditors or administrators', () => {
    expect(who('EMPLOYER_WORK_FIGURES').sort()).toEqual([...caseworkers, 'analyst'].sort());
  });

  it('AF’s own staff keep it, and read AF’s contact persons at employers', () => {
    const afStaff = caseworkers.filter((p) => PERSONAS[p]!.party === 'AF');
    expect(who('RECORD_OPPORTUNITIES')).toEqual(afStaff);
    expect(who('EMPLOYER_CONTACT')).toEqual(afStaff);
    expect(general('soc-t01', 'EMPLOYER_CONTACT')).toBe(false);
  });

  it('a match is person-level (JOB_MATCHES): AF staff who work with the person; other team members with consent', () => {
    expect(granted('af-t01', 'JOB_MATCHES')).toBe(true);
    expect(granted('ams-t01', 'JOB_MATCHES')).toBe(false);
    expect(granted('ams-t01', 'JOB_MATCHES', person(), [consent('MALMO_LABOUR_MARKET', ['JOB_MATCHES'])])).toBe(true);
    expect(granted('af-other', 'JOB_MATCHES', person(), toEveryone())).toBe(false);
  });

  it('AF staff who work with the person record its matches, their steps and follow-ups and the job-seeker profile; no one else, whatever the consent', () => {
    expect(
      Object.keys(PERSONAS).filter((p) => granted(p, 'RECORD_MATCHES', person(), toEveryone([...CATEGORIES]))),
    ).toEqual(['af-t01', 'af-sius']);
  });
});

describe('the joint mapping (MAPPING, RECORD_MAPPING)', () => {
  const self = THEMSELF;

  it('AF’s perspective: AF staff who work with the person, and the person themself, without consent', () => {
    expect(granted('af-t01', 'MAPPING')).toBe(true);
    expect(granted('af-sius', 'MAPPING')).toBe(true);
    expect(decide(self, 'MAPPING').granted).toBe(true);
    expect(decide({ ...self, officerId: 'P-TEST0002' }, 'MAPPING').granted).toBe(false);
  });

  it.each(TEAM_OTHERS)('%s reads it only with an active consent to the mapping naming their part', (who) => {
    expect(granted(who, 'MAPPING')).toBe(false);
    expect(granted(who, 'MAPPING', person(), toEveryone(['INTERVENTIONS', 'JOB_MATCHES']))).toBe(false);
    expect(granted(who, 'MAPPING', person(), toEveryone(['MAPPING']))).toBe(true);
    expect(
      granted(
        who,
        'MAPPING',
        person(),
        toEveryone(['MAPPING']).map((c) => ({ ...c, withdrawnAt: new Date('2026-03-01T10:00:00Z') })),
      ),
    ).toBe(false);
    expect(
      granted(
        who,
        'MAPPING',
        person(),
        toEveryone(['MAPPING']).map((c) => ({ ...c, validFrom: '2026-03-16' })),
      ),
    ).toBe(false);
  });

  it('no one who does not work with the person reads it, whatever the consent', () => {
    for (const who of ['af-other', 'af-samordnare', 'analyst', 'auditor-af', 'admin-af'])
      expect(granted(who, 'MAPPING', person(), toEveryone())).toBe(false);
  });

  it('AF staff who work with the person write it; no one else, whatever the consent, nor the person', () => {
    expect(
      Object.keys(PERSONAS).filter((p) => granted(p, 'RECORD_MAPPING', person(), toEveryone([...CATEGORIES]))),
    ).toEqual(['af-t01', 'af-sius']);
    expect(decide(self, 'RECORD_MAPPING').granted).toBe(false);
  });

  it('the person can consent to sharing it', () => {
    expect(AF_CONSENT_CATEGORIES).toContain('MAPPING');
  });
});

describe('the staff register’s division of AF’s staff', () => {
  const entry = (over: object) => ({
    organisation: 'AF' as const,
    party: 'AF' as const,
    roles: ['ARBETSFORMEDLARE' as const],
    teams: ['T01'],
    ...over,
  });
  it('AF’s officers act for AF; auditors and administrators for no part, in no team, in no other role', () => {
    expect(staffEntryProblem(AF_STAFF, entry({}))).toBeNull();
    expect(staffEntryProblem(AF_STAFF, entry({ party: null }))).toMatch(/acts for one part/);
    expect(staffEntryProblem(AF_STAFF, entry({ roles: ['AUDITOR'], party: null, teams: [] }))).toBeNull();
    expect(staffEntryProblem(AF_STAFF, entry({ roles: ['AUDITOR', 'ARBETSFORMEDLARE'] }))).toMatch(
      /cannot be held together/,
    );
    expect(staffEntryProblem(AF_STAFF, entry({ roles: ['ADMINISTRATOR'], party: null, teams: ['T01'] }))).toMatch(
      /no team/,
    );
  });
  it('officers of other organisations are recognised in a part of their own; the funder’s analysts in none', () => {
    expect(
      staffEntryProblem(
        AF_STAFF,
        entry({ organisation: 'MALMO', party: 'MALMO_SOCIAL_SERVICES', roles: ['SOCIALSEKRETERARE'] }),
      ),
    ).toBeNull();
    expect(
      staffEntryProblem(AF_STAFF, entry({ organisation: 'MALMO', party: null, roles: ['SOCIALSEKRETERARE'] })),
    ).toMatch(/recognised in one of its parts/);
    expect(
      staffEntryProblem(AF_STAFF, entry({ organisation: 'MALMO', party: null, roles: ['AUDITOR'], teams: [] })),
    ).toMatch(/own organisation only/);
    expect(
      staffEntryProblem(AF_STAFF, entry({ organisation: 'FINSAM', party: null, roles: ['ANALYST'], teams: [] })),
    ).toBeNull();
    expect(
      staffEntryProblem(AF_STAFF, entry({ organisation: 'FINSAM', party: null, roles: ['ANALYST'], teams: ['T01'] })),
    ).toMatch(/no team/);
  });
  it('names AF’s officers in the plan under the rule for AF’s interventions, anyone else never', () => {
    expect(afOfficerCategory('ARBETSFORMEDLARE')).toBe('INTERVENTIONS');
    for (const role of ['AUDITOR', 'ADMINISTRATOR', 'SOCIALSEKRETERARE']) expect(afOfficerCategory(role)).toBeNull();
  });
});

describe('RULES.md', () => {
  it('names every decision of the rule table', () => {
    const md = readFileSync(path.join(__dirname, '../secrecy/RULES.md'), 'utf8');
    expect(Object.keys(AF_RULES.table).filter((c) => !md.includes(`\`${c}\``))).toEqual([]);
  });
});
