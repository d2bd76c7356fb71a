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
    planPart: 'malmoPlanPart',
    written: {
      // The labour-market unit adds and changes it; the SYV (adult education) runs the interventions with it and ends it.
      example: {
        type: 'WORK_TRAINING',
        title: 'Arbetsträning i parkförvaltningen',
        status: 'PLANNED',
        startDate: '2026-01-12',
        endDate: '2026-06-30',
        extentPercent: 50,
      },
      by: 'ams-t01',
      officer: { id: 'malmo-2101', role: 'ARBETSMARKNADSSEKRETERARE' },
      change: { status: 'ONGOING', extentPercent: 75, title: 'Arbetsträning, park' },
      end: { by: 'syv', endDate: '2026-05-29', status: 'COMPLETED' },
      versioned: false,
      jointPlanViewer: 'af-t01',
    },
  },
  consent: {
    record: 'recordMalmoConsent',
    input: 'MalmoConsentInput',
    withdraw: 'withdrawMalmoConsent',
    list: 'malmoConsents',
  },
  mapping: { record: 'recordMalmoMapping', inDemo: true },
};
