import type { AgencyTests } from '../../../../test/support/agency-tests';

/** What the tests across agencies need to know of Arbetsförmedlingen (test/support/agency-tests.ts). */
export const agencyTests: AgencyTests = {
  agency: 'AF',
  caseworker: 'af-t01',
  // AF enrols people and issues their id.
  register: null,
  tables: {
    participant: 't',
    assignment: 't',
    consent: 't',
    intervention: 't',
    participation: 't',
    follow_up: 't',
    job_match: 't',
  },
  intervention: {
    add: 'addAfIntervention',
    addInput: 'AfInterventionInput',
    update: 'updateAfIntervention',
    updateInput: 'InterventionUpdate',
    end: 'endAfIntervention',
    input: { type: 'WAGE_SUBSIDY', status: 'ONGOING', startDate: '2026-03-01' },
  },
  consent: { record: 'recordAfConsent', input: 'AfConsentInput', withdraw: 'withdrawAfConsent' },
  mapping: { record: 'recordAfMapping', inDemo: true },
};
