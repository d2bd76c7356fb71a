import type { AgencyTests } from '../../../../test/support/agency-tests';

/** What the tests across agencies need to know of Region Skåne (test/support/agency-tests.ts). */
export const agencyTests: AgencyTests = {
  agency: 'REGION',
  caseworker: 'region-vsam',
  register: {
    mutation: 'registerRegionParticipant',
    input: 'RegionRegistrationInput',
    selection: `id
    careCoordination { withheld { code } careCoordinator { id name role agency } activities { id } }`,
  },
  tables: {
    participant: 't',
    assignment: 't',
    consent: 't',
    intervention: 't',
    care_activity_note: 't',
    clinical_note: 'row(t.id, t.written_at)',
  },
  intervention: {
    add: 'addCareActivity',
    addInput: 'CareActivityInput',
    update: 'updateCareActivity',
    updateInput: 'CareActivityUpdate',
    end: 'endCareActivity',
    input: { type: 'SUPPORT_CONVERSATION', status: 'ONGOING', startDate: '2026-03-01' },
    planPart: 'regionPlanPart',
    // Its care activities carry a coordination note, which its own write tests write out with them.
    written: null,
  },
  consent: {
    record: 'recordRegionConsent',
    input: 'RegionConsentInput',
    withdraw: 'withdrawRegionConsent',
    list: 'regionConsents',
  },
  mapping: { record: 'recordRegionMapping', inDemo: true },
};
