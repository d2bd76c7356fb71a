import type { AgencyTests } from '../../../../test/support/agency-tests';

/** What the tests across agencies need to know of Malmö stad (test/support/agency-tests.ts). */
export const agencyTests: AgencyTests = {
  agency: 'MALMO',
  caseworker: 'ams-t01',
  register: {
    mutation: 'registerMalmoParticipant',
    input: 'MalmoRegisterInput',
    selection: `id
    malmoPlanPart { withheld { code } interventions { id } responsibleOfficers { id name role agency } }`,
    registrar: 'soc-t01',
  },
  tables: { participant: 't', assignment: 't', consent: 't', intervention: 't', social_assistance_period: 't' },
  intervention: {
    add: 'addMalmoIntervention',
    addInput: 'MalmoInterventionInput',
    update: 'updateMalmoIntervention',
    updateInput: 'MalmoInterventionUpdate',
    end: 'endMalmoIntervention',
    input: { type: 'WORK_TRAINING', status: 'ONGOING', startDate: '2026-03-01' },
  },
  consent: { record: 'recordMalmoConsent', input: 'MalmoConsentInput', withdraw: 'withdrawMalmoConsent' },
  mapping: { record: 'recordMalmoMapping', inDemo: true },
};
