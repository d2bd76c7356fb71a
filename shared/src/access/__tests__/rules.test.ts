import { partyOf, type Caller } from '../../caller';
import { allOf, anyOf, consentCovers, consentState, evaluate, defineRules, staffWithNeedToKnow, teamMember, type ParticipantFacts } from '../rules';

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
const person: ParticipantFacts = { id: 'P-AAAAAAAA', teamId: 'T01', assignedOfficerIds: [], protectedIdentity: false, sharingBlocked: false };
const TODAY = '2026-11-25';

describe('who a caller acts for', () => {
  it('an auditor acts for no party, even with teams in the token', () => {
    for (const organisation of ['AF', 'MALMO', 'FK', 'REGION'] as const) {
      expect(partyOf(caller({ organisation, roles: ['AUDITOR'], teams: ['T01'] }))).toBeNull();
    }
  });
  it('Malmö staff act for their part of the city', () => {
    expect(partyOf(caller({ organisation: 'MALMO', roles: ['SOCIALSEKRETERARE'] }))).toBe('MALMO_SOCIAL_SERVICES');
    expect(partyOf(caller({ organisation: 'MALMO', roles: ['ARBETSMARKNADSSEKRETERARE'] }))).toBe('MALMO_LABOUR_MARKET');
    expect(partyOf(caller({ organisation: 'MALMO', roles: ['STUDIE_OCH_YRKESVAGLEDARE'] }))).toBe('MALMO_ADULT_EDUCATION');
  });
  it('the funder and a person act for no party', () => {
    expect(partyOf(caller({ organisation: 'FINSAM', roles: ['ANALYST'] }))).toBeNull();
    expect(partyOf(caller({ organisation: 'PERSON', roles: ['PARTICIPANT'] }))).toBeNull();
  });
});

describe('rule pieces', () => {
  const rules = defineRules('AF', {
    OWN: staffWithNeedToKnow(['AF']),
    SHARED: anyOf(staffWithNeedToKnow(['AF']), allOf(teamMember(), consentCovers())),
  });
  const consent = (over: object = {}) => ({ recipientParty: 'FK' as const, categories: ['SHARED'], validFrom: '2026-01-01', validTo: null, withdrawnAt: null, ...over });
  const fk = caller({ organisation: 'FK', roles: ['FORSAKRINGSUTREDARE'], officerId: 'fk-1' });

  it('an auditor on the team is refused what team staff see', () => {
    const auditor = caller({ roles: ['AUDITOR'], teams: ['T01'] });
    expect(evaluate(rules, 'OWN', { caller: auditor, participant: person, consents: [], today: TODAY }).granted).toBe(false);
    expect(evaluate(rules, 'OWN', { caller: caller({}), participant: person, consents: [], today: TODAY }).granted).toBe(true);
  });
  it('consent opens a category to the named party only while it is active', () => {
    const decide = (c: object[]) => evaluate(rules, 'SHARED', { caller: fk, participant: person, consents: c as never, today: TODAY }).granted;
    expect(decide([])).toBe(false);
    expect(decide([consent()])).toBe(true);
    expect(decide([consent({ recipientParty: 'REGION' })])).toBe(false);
    expect(decide([consent({ validTo: '2026-11-24' })])).toBe(false);
    expect(decide([consent({ withdrawnAt: new Date() })])).toBe(false);
    expect(decide([consent({ validFrom: '2026-11-26' })])).toBe(false);
    expect(decide([consent({ validFrom: TODAY, validTo: TODAY })])).toBe(true);
  });
  it('a category missing from the table is released to no one', () => {
    expect(evaluate(rules, 'MISSING' as never, { caller: caller({}), participant: person, consents: [], today: TODAY }).granted).toBe(false);
  });
  it('names consent states', () => {
    expect(consentState(consent({ validTo: '2026-01-02' }) as never, TODAY)).toBe('EXPIRED');
  });
});
