import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as caller from '../../caller';
import * as shared from '../../index';
import { ROLES, type Caller } from '../../caller';
import {
  activeOn,
  checkStaffInput,
  confirmCaller,
  defineStaffPolicy,
  partOfRole,
  staffEntryProblem,
  type StaffEntry,
} from '../staff';

const TODAY = '2026-03-15';

function token(over: Partial<Caller> = {}): Caller {
  return {
    officerId: 'malmo-2101',
    name: 'Token Name',
    organisation: 'MALMO',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T01', 'T05'],
    purpose: 'JOINT_PLANNING',
    requestId: 'r',
    ...over,
  };
}
function entry(over: Partial<StaffEntry> = {}): StaffEntry {
  return {
    officerId: 'malmo-2101',
    name: 'Johanna Berg',
    organisation: 'MALMO',
    party: 'MALMO_LABOUR_MARKET',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T01'],
    activeFrom: '2020-01-01',
    activeTo: null,
    version: 1,
    ...over,
  };
}

describe('what a token is worth at an agency, by its staff register', () => {
  it('takes only the roles and teams both give, the part and name from the register', () => {
    const s = confirmCaller(token({ roles: ['ARBETSMARKNADSSEKRETERARE', 'SOCIALSEKRETERARE'] }), entry(), TODAY);
    expect(s.caller).toMatchObject({
      roles: ['ARBETSMARKNADSSEKRETERARE'],
      teams: ['T01'],
      name: 'Johanna Berg',
      officerId: 'malmo-2101',
    });
    expect(s.party).toBe('MALMO_LABOUR_MARKET');
    expect(s.note).toBe('not confirmed by the staff register: SOCIALSEKRETERARE, T05');
    expect(confirmCaller(token({ teams: ['T01'] }), entry(), TODAY).note).toBeNull();
  });

  it.each([
    ['an officer the register does not know', null, /is not in the staff register/],
    ['an employment that ended yesterday', entry({ activeTo: '2026-03-14' }), /not in force on 2026-03-15/],
    ['an employment that begins tomorrow', entry({ activeFrom: '2026-03-16' }), /not in force on 2026-03-15/],
    [
      'another organisation',
      entry({ organisation: 'AF', party: 'AF', roles: ['ARBETSFORMEDLARE'] }),
      /at AF, not MALMO/,
    ],
  ])('gives nothing to %s', (_what, e, note) => {
    const s = confirmCaller(token(), e, TODAY);
    expect(s.caller.roles).toEqual([]);
    expect(s.caller.teams).toEqual([]);
    expect(s.party).toBeNull();
    expect(s.note).toMatch(note);
  });

  it('gives no part when no role is confirmed, whatever the entry says', () => {
    expect(confirmCaller(token({ roles: ['SOCIALSEKRETERARE'] }), entry(), TODAY)).toMatchObject({
      party: null,
      caller: { roles: [], teams: ['T01'] },
    });
  });

  it('counts the first and the last day of an employment', () => {
    expect(activeOn(entry({ activeFrom: TODAY }), TODAY)).toBe(true);
    expect(activeOn(entry({ activeTo: TODAY }), TODAY)).toBe(true);
  });

  it('leaves the person themself as they signed in: they are not staff', () => {
    const person = token({ organisation: 'PERSON', roles: ['PARTICIPANT'], officerId: 'P-DEMO0001', teams: [] });
    expect(confirmCaller(person, null, TODAY)).toEqual({ caller: person, party: null, entry: null, note: null });
  });
});

describe('register entries', () => {
  const policy = defineStaffPolicy('MALMO', {
    parts: { MALMO_SOCIAL_SERVICES: ['SOCIALSEKRETERARE'], MALMO_LABOUR_MARKET: ['ARBETSMARKNADSSEKRETERARE'] },
    forNoPart: ['AUDITOR'],
  });
  const input = {
    officerId: 'malmo-2101',
    name: ' Johanna Berg ',
    organisation: 'MALMO',
    party: 'MALMO_LABOUR_MARKET',
    roles: ['ARBETSMARKNADSSEKRETERARE'],
    teams: ['T01'],
    activeFrom: '2020-01-01',
  };

  it('checks the form, and that roles and part belong to the organisation', () => {
    expect(checkStaffInput(input)).toMatchObject({ name: 'Johanna Berg', activeTo: null });
    expect(() => checkStaffInput({ ...input, officerId: 'bad id' })).toThrow(/officer id/);
    expect(() => checkStaffInput({ ...input, organisation: 'SKATTEVERKET' })).toThrow(/organisation/);
    expect(() => checkStaffInput({ ...input, roles: ['ARBETSFORMEDLARE'] })).toThrow(/role of AF/);
    expect(() => checkStaffInput({ ...input, roles: ['ADMIN'] })).toThrow(/Unknown role/);
    expect(() => checkStaffInput({ ...input, party: 'FK' })).toThrow(/not a part of MALMO/);
    expect(() => checkStaffInput({ ...input, teams: ['team 1'] })).toThrow(/team id/);
    expect(() => checkStaffInput({ ...input, activeTo: '2019-12-31' })).toThrow(/before the start/);
  });

  it('applies the agency’s division of its staff', () => {
    expect(partOfRole(policy, 'SOCIALSEKRETERARE')).toBe('MALMO_SOCIAL_SERVICES');
    expect(partOfRole(policy, 'AUDITOR')).toBeNull();
    const e = checkStaffInput(input);
    expect(staffEntryProblem(policy, e)).toBeNull();
    expect(staffEntryProblem(policy, { ...e, party: 'MALMO_SOCIAL_SERVICES' })).toMatch(
      /not a role of MALMO_SOCIAL_SERVICES/,
    );
    expect(staffEntryProblem(policy, { ...e, roles: ['ARBETSMARKNADSSEKRETERARE', 'SOCIALSEKRETERARE'] })).toMatch(
      /SOCIALSEKRETERARE is not a role of MALMO_LABOUR_MARKET/,
    );
  });
});

describe('shared code keeps the machinery, the agencies the policy', () => {
  /** Staff roles: what each may do is an agency's decision, so no shared access code names one. */
  const STAFF_ROLES = Object.keys(ROLES).filter((r) => r !== 'PARTICIPANT');
  const src = path.join(__dirname, '../..');
  /**
   * The roles' vocabulary (the agency registry names each agency's roles, caller.ts the rest), the demo's identities
   * and data, and the follow-up report (which has its own rules) are not access machinery.
   */
  const NOT_MACHINERY = ['agencies.ts', 'caller.ts', 'auth/personas.ts', 'demo/', 'report/'];

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === '__tests__' ? [] : files(full);
      return name.endsWith('.ts') ? [full] : [];
    });
  }

  it('names no staff role in the access machinery', () => {
    const offenders: string[] = [];
    for (const file of files(src)) {
      const rel = path.relative(src, file).split(path.sep).join('/');
      if (NOT_MACHINERY.some((p) => rel === p || rel.startsWith(p))) continue;
      const text = readFileSync(file, 'utf8');
      for (const role of STAFF_ROLES)
        if (new RegExp(`['"\`]${role}['"\`]`).test(text)) offenders.push(`${rel}: ${role}`);
    }
    expect(offenders).toEqual([]);
  });

  it('has no mapping from roles to parts, and no check of who may read the figures', () => {
    expect(Object.keys(caller)).not.toContain('partyOf');
    expect(Object.keys(shared)).not.toContain('requireAnalyst');
    expect(Object.keys(shared)).not.toContain('reportFor');
  });
});
