import type { AgencyDemoFacts } from '@malmokraften/dev';

/**
 * Försäkringskassan's facts in the demo (dev/src/agency-demo.ts): its interventions,
 * what a consenting person shares, its perspective of the showcase people,
 * whom it knows and its personas. Only the development tooling loads this
 * file; it imports no values, so that the personas can load it.
 */
export const demoFacts: AgencyDemoFacts = {
  agency: 'FK',
  toolbox: [
    ['WORK_TRAINING_PLACEMENT', 'Arbetsträning hos arbetsgivare'],
    ['WORK_CAPACITY_ASSESSMENT', 'Bedömning av arbetsförmåga'],
    ['REHAB_COOPERATION_TRANSFER', 'Överlämning till rehabiliteringssamverkan'],
  ],
  // KNOWN: that it holds the person at all (the person on its list of a team).
  shareable: ['BENEFITS', 'WORK_CAPACITY', 'INTERVENTIONS', 'KNOWN', 'MATCHES'],
  showcaseMapping: {
    situation: 'Försäkringskassan följer vägen tillbaka till arbete.',
    abilities: 'Klarar halvtid med lätta uppgifter.',
    wishes: 'Öka arbetstiden steg för steg.',
    obstacles: 'Behöver anpassade arbetsuppgifter en tid.',
  },
  // FK knows those who came through it, those on a team it staffs, and a few more.
  knows: (person, draw) => person.entryRoute === 'FK' || person.teamIncludesFk || draw() < 0.1,
  fallbackOfficer: 'fk-3001',
  personas: {
    'fk-utredare': {
      sub: 'fk-3001',
      name: 'Eva Sjöberg',
      org: 'FK',
      roles: ['FORSAKRINGSUTREDARE'],
      teams: ['T01', 'T11', 'T12'],
      party: 'FK',
      description: 'Försäkringsutredare (Försäkringskassan), supports teams T01, T11 and T12',
    },
    'fk-other': {
      sub: 'fk-3002',
      name: 'Linnea Håkansson',
      org: 'FK',
      roles: ['FORSAKRINGSUTREDARE'],
      teams: [],
      party: 'FK',
      description: 'Försäkringsutredare outside Malmökraften, no team',
    },
    'auditor-fk': {
      sub: 'fk-3901',
      name: 'Göran Lindberg',
      org: 'FK',
      roles: ['AUDITOR'],
      teams: [],
      party: null,
      description: 'Auditor (Försäkringskassan), reviews FK’s audit log',
    },
    'admin-fk': {
      sub: 'fk-3801',
      name: 'Maja Lindgren',
      org: 'FK',
      roles: ['ADMINISTRATOR'],
      teams: [],
      party: null,
      description: 'Administrator (Försäkringskassan): keeps FK’s staff register',
    },
  },
};
