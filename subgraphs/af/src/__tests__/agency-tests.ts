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
    planPart: 'afPlanPart',
    written: {
      // What an arbetsförmedlare on team T01 adds and changes; the SIUS-konsulent on the person's team ends it.
      example: {
        type: 'WAGE_SUBSIDY',
        title: 'Lönebidrag hos bageri',
        status: 'PLANNED',
        startDate: '2026-01-12',
        endDate: '2026-06-30',
        extentPercent: 50,
      },
      by: 'af-t01',
      officer: { id: 'af-1001', role: 'ARBETSFORMEDLARE' },
      change: { status: 'ONGOING', extentPercent: 75, title: 'Lönebidrag, bageri' },
      end: { by: 'af-sius', endDate: '2026-05-29', status: 'COMPLETED' },
      versioned: true,
      // The joint plan shows it to the team, as the person consents to.
      jointPlanViewer: 'fk-utredare',
    },
  },
  consent: { record: 'recordAfConsent', input: 'AfConsentInput', withdraw: 'withdrawAfConsent', list: 'afConsents' },
  mapping: { record: 'recordAfMapping', inDemo: true },
};
