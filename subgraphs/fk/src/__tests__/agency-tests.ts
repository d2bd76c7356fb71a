import type { AgencyTests } from '../../../../test/support/agency-tests';

/** What the tests across agencies need to know of Försäkringskassan (test/support/agency-tests.ts). */
export const agencyTests: AgencyTests = {
  agency: 'FK',
  caseworker: 'fk-utredare',
  register: {
    mutation: 'registerFkParticipant',
    input: 'FkRegistrationInput',
    selection: `id
    fkPlanPart { withheld { code } interventions { id } responsibleOfficers { id name role agency } }`,
  },
  tables: {
    participant: 't',
    assignment: 't',
    consent: 't',
    intervention: 't',
    benefit_period: 'row(t.id, t.participant_id, t.type, t.extent_percent, t.start_date, t.end_date, t.version)',
    work_capacity_assessment: 'row(t.id, t.participant_id, t.assessed_on, t.capacity_percent, t.summary)',
    fk_referral: 'row(t.id, t.participant_id, t.referred_on)',
  },
  intervention: {
    add: 'addFkIntervention',
    addInput: 'FkInterventionInput',
    update: 'updateFkIntervention',
    updateInput: 'FkInterventionUpdate',
    end: 'endFkIntervention',
    input: { type: 'WORK_TRAINING_PLACEMENT', status: 'ONGOING', startDate: '2026-03-01' },
    planPart: 'fkPlanPart',
    written: {
      example: {
        type: 'WORK_TRAINING_PLACEMENT',
        title: 'Arbetsträning hos arbetsgivare',
        status: 'PLANNED',
        startDate: '2026-02-02',
        endDate: '2026-05-29',
        extentPercent: 25,
      },
      by: 'fk-utredare',
      officer: { id: 'fk-3001', role: 'FORSAKRINGSUTREDARE' },
      change: { status: 'ONGOING', extentPercent: 50 },
      end: { by: 'fk-utredare', endDate: '2026-04-30', status: 'CANCELLED' },
      versioned: false,
      jointPlanViewer: null,
    },
  },
  consent: { record: 'recordFkConsent', input: 'FkConsentInput', withdraw: 'withdrawFkConsent', list: 'fkConsents' },
  mapping: { record: 'recordFkMapping', inDemo: true },
};
