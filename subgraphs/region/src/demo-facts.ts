import type { AgencyDemoFacts } from '@malmokraften/dev';

/**
 * Region Skåne's facts in the demo (dev/src/agency-demo.ts): its interventions,
 * what a consenting person shares, its perspective of the showcase people,
 * whom it knows and its personas. Only the development tooling loads this
 * file; it imports no values, so that the personas can load it.
 */
export const demoFacts: AgencyDemoFacts = {
  agency: 'REGION',
  toolbox: [
    ['SUPPORT_CONVERSATION', 'Stödsamtal'],
    ['FYSS_PRESCRIPTION', 'Fysisk aktivitet på recept (FYSS)'],
    ['PHYSIOTHERAPY', 'Fysioterapi'],
  ],
  // KNOWN: that it holds the person at all (the person on its list of a team).
  shareable: ['INTERVENTIONS', 'KNOWN'],
  showcaseMapping: {
    situation: 'Har regelbunden kontakt med vårdcentralen genom vårdsamordnaren.',
    abilities: 'Sköter sina besök och tar emot stöd.',
    wishes: 'Ett lugnt tempo i början.',
    obstacles: 'Orkar mindre vissa veckor och behöver planera in vila.',
  },
  // The region knows about half of them; a few of those have blocked the region's sharing of their records.
  knows: (_person, draw) => draw() < 0.45,
  sharingBlockRate: 0.05,
  fallbackOfficer: 'region-4001',
  personas: {
    'region-vsam': {
      sub: 'region-4001',
      name: 'Daniel Holm',
      org: 'REGION',
      roles: ['VARDSAMORDNARE'],
      teams: ['T01', 'T02', 'T11', 'T12'],
      party: 'REGION',
      description: 'Vårdsamordnare (Region Skåne), supports teams T01, T02, T11 and T12',
    },
    'region-other': {
      sub: 'region-4002',
      name: 'Emil Sandberg',
      org: 'REGION',
      roles: ['VARDSAMORDNARE'],
      teams: [],
      party: 'REGION',
      description: 'Vårdsamordnare outside Malmökraften, no team',
    },
    'auditor-region': {
      sub: 'region-4901',
      name: 'Sofia Engström',
      org: 'REGION',
      roles: ['AUDITOR'],
      teams: [],
      party: null,
      description: 'Auditor (Region Skåne), reviews the region’s audit log',
    },
    'admin-region': {
      sub: 'region-4801',
      name: 'Jesper Nyman',
      org: 'REGION',
      roles: ['ADMINISTRATOR'],
      teams: [],
      party: null,
      description: 'Administrator (Region Skåne): keeps the region’s staff register',
    },
  },
};
