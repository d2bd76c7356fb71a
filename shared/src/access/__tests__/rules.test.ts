import type { Caller } from '../../caller';
import { demoParty } from '../../../../test/support/parties';
import {
  allOf,
  anyOf,
  consentCovers,
  consentState,
  evaluate,
  defineRules,
  inRole,
  memberOfTheTeam,
  staffOf,
  staffWithNeedToKnow,
  teamMember,
  type ParticipantFacts,
} from '../rules';

const caller = (over: Partial<Caller>): Caller => ({
  officerId: 'af-1001',
  name: 'Test',
  organisation: 'AF',
  roles: ['ARBETSFORMEDLARE'],
  teams: ['T01'],
  purpose: 'JOINT_PLANNING',
  requestId: 'r1',
  ...over,
});
const person: ParticipantFacts = {
  id: 'P-AAAAAAAA',
  teamId: 'T01',
  assignments: [],
  protectedIdentity: false,
  sharingBlocked: false,
};
const TODAY = '2026-11-25';

describe('rule pieces', () => {
  const rules = defineRules('AF', {
    OWN: staffWithNeedToKnow(['AF']),
    SHARED: anyOf(staffWithNeedToKnow(['AF']), allOf(teamMember(), consentCovers())),
  });
  const consent = (over: object = {}) => ({
    recipientParty: 'FK' as const,
    categories: ['SHARED'],
    validFrom: '2026-01-01',
    validTo: null,
    withdrawnAt: null,
    ...over,
  });
  const fk = caller({ organisation: 'FK', roles: ['FORSAKRINGSUTREDARE'], officerId: 'fk-1' });

  it('a caller who acts for no part is refused what team staff see, whatever teams it has', () => {
    const auditor = caller({ roles: ['AUDITOR'], teams: ['T01'] });
    expect(
      evaluate(rules, 'OWN', { caller: auditor, party: null, participant: person, consents: [], today: TODAY }).granted,
    ).toBe(false);
    expect(
      evaluate(rules, 'OWN', { caller: caller({}), party: 'AF', participant: person, consents: [], today: TODAY })
        .granted,
    ).toBe(true);
  });
  it('an assignment counts only in a role the officer holds', () => {
    const assigned = { ...person, teamId: 'T09', assignments: [{ officerId: 'af-1001', role: 'SOCIALSEKRETERARE' }] };
    expect(
      evaluate(rules, 'OWN', { caller: caller({}), party: 'AF', participant: assigned, consents: [], today: TODAY }),
    ).toEqual({
      granted: false,
      reason: 'no need-to-know: not on the team and not assigned',
    });
    const rightRole = { ...assigned, assignments: [{ officerId: 'af-1001', role: 'ARBETSFORMEDLARE' }] };
    expect(
      evaluate(rules, 'OWN', { caller: caller({}), party: 'AF', participant: rightRole, consents: [], today: TODAY }),
    ).toEqual({
      granted: true,
      reason: 'assigned to the person',
    });
  });
  it('consent opens a category to the named party only while it is active', () => {
    const decide = (c: object[]) =>
      evaluate(rules, 'SHARED', {
        caller: fk,
        party: demoParty(fk),
        participant: person,
        consents: c as never,
        today: TODAY,
      }).granted;
    expect(decide([])).toBe(false);
    expect(decide([consent()])).toBe(true);
    expect(decide([consent({ recipientParty: 'REGION' })])).toBe(false);
    expect(decide([consent({ validTo: '2026-11-24' })])).toBe(false);
    expect(decide([consent({ withdrawnAt: new Date() })])).toBe(false);
    expect(decide([consent({ validFrom: '2026-11-26' })])).toBe(false);
    expect(decide([consent({ validFrom: TODAY, validTo: TODAY })])).toBe(true);
  });
  it('a category missing from the table is released to no one', () => {
    expect(
      evaluate(rules, 'MISSING' as never, {
        caller: caller({}),
        party: 'AF',
        participant: person,
        consents: [],
        today: TODAY,
      }).granted,
    ).toBe(false);
    // Nor one that only an object's prototype has.
    expect(
      evaluate(rules, 'toString' as never, {
        caller: caller({}),
        party: 'AF',
        participant: person,
        consents: [],
        today: TODAY,
      }).granted,
    ).toBe(false);
  });
  it('decides about no single person: staff of a part, a team member, a role of an organisation', () => {
    const general = defineRules('AF', {
      REGISTER: staffOf(['AF']),
      TEAM: memberOfTheTeam(),
      REVIEW: inRole(['AUDITOR'], { of: 'OWNER' }),
      FIGURES: inRole(['ANALYST'], { of: 'FINSAM' }),
    });
    const at = (c: Caller, category: 'REGISTER' | 'TEAM' | 'REVIEW' | 'FIGURES', teamId: string | null = null) =>
      evaluate(general, category, {
        caller: c,
        party: demoParty(c),
        participant: null,
        consents: [],
        today: TODAY,
        teamId,
      }).granted;
    const auditor = caller({ roles: ['AUDITOR'], teams: ['T01'] });
    const analyst = caller({ organisation: 'FINSAM', roles: ['ANALYST'], teams: ['T01'] });
    expect([at(caller({}), 'REGISTER'), at(fk, 'REGISTER'), at(auditor, 'REGISTER')]).toEqual([true, false, false]);
    expect([
      at(caller({}), 'TEAM', 'T01'),
      at(caller({}), 'TEAM', 'T02'),
      at(auditor, 'TEAM', 'T01'),
      at(analyst, 'TEAM', 'T01'),
    ]).toEqual([true, false, false, false]);
    expect([
      at(auditor, 'REVIEW'),
      at(caller({ organisation: 'FK', roles: ['AUDITOR'] }), 'REVIEW'),
      at(caller({}), 'REVIEW'),
    ]).toEqual([true, false, false]);
    expect([at(analyst, 'FIGURES'), at(caller({}), 'FIGURES')]).toEqual([true, false]);
  });
  it('names consent states', () => {
    expect(consentState(consent({ validTo: '2026-01-02' }) as never, TODAY)).toBe('EXPIRED');
  });
});
