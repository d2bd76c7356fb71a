import type { AgencyDemoFacts } from '@malmokraften/dev';

/**
 * Arbetsförmedlingen's facts in the demo (dev/src/agency-demo.ts): its interventions,
 * what a consenting person shares, its perspective of the showcase people,
 * whom it knows and its personas. Only the development tooling loads this
 * file; it imports no values, so that the personas can load it.
 */
export const demoFacts: AgencyDemoFacts = {
  agency: 'AF',
  toolbox: [
    ['JOB_MATCHING', 'Matchning mot lediga jobb'],
    ['WORK_EXPERIENCE_PLACEMENT', 'Arbetspraktik'],
    ['LABOUR_MARKET_TRAINING', 'Arbetsmarknadsutbildning'],
    ['NEW_START_JOB', 'Nystartsjobb'],
  ],
  shareable: ['INTERVENTIONS', 'JOB_MATCHES'],
  showcaseMapping: {
    situation: 'Har sökt arbete länge och är inskriven hos Arbetsförmedlingen.',
    abilities: 'Erfarenhet av butik och lager; noggrann och punktlig.',
    wishes: 'Arbete inom handel eller lager, på heltid på sikt.',
    obstacles: 'Behöver stärka svenskan för arbetsplatsen och saknar körkort.',
  },
  // AF enrols everyone in the programme, so it knows every demo person.
  knows: 'everyone',
  fallbackOfficer: 'af-1001',
  personas: {
    'af-t01': {
      sub: 'af-1001',
      name: 'Karin Lindqvist',
      org: 'AF',
      roles: ['ARBETSFORMEDLARE'],
      teams: ['T01'],
      party: 'AF',
      description: 'Arbetsförmedlare, team T01',
    },
    'af-t02': {
      sub: 'af-1002',
      name: 'Mikael Persson',
      org: 'AF',
      roles: ['ARBETSFORMEDLARE'],
      teams: ['T02'],
      party: 'AF',
      description: 'Arbetsförmedlare, team T02',
    },
    'af-sius': {
      sub: 'af-1101',
      name: 'Fredrik Åberg',
      org: 'AF',
      roles: ['SIUS_KONSULENT'],
      teams: ['T01'],
      party: 'AF',
      description: 'SIUS-konsulent (Arbetsförmedlingen), team T01',
    },
    'af-samordnare': {
      sub: 'af-1201',
      name: 'Helena Forsberg',
      org: 'AF',
      roles: ['SAMORDNARE'],
      teams: [],
      party: 'AF',
      description: 'Samordnare (Arbetsförmedlingen), operational lead of Malmökraften, no team',
    },
    'af-sektionschef': {
      sub: 'af-1301',
      name: 'Per Wallin',
      org: 'AF',
      roles: ['AF_SEKTIONSCHEF'],
      teams: [],
      party: 'AF',
      description: 'Sektionschef (Arbetsförmedlingen), no team',
    },
    'af-other': {
      sub: 'af-1003',
      name: 'Jonas Lund',
      org: 'AF',
      roles: ['ARBETSFORMEDLARE'],
      teams: ['T05'],
      party: 'AF',
      description: 'Arbetsförmedlare on team T05 only (not the participant’s team)',
    },
    'auditor-af': {
      sub: 'af-1901',
      name: 'Bengt Olofsson',
      org: 'AF',
      roles: ['AUDITOR'],
      teams: [],
      party: null,
      description: 'Auditor (Arbetsförmedlingen), reviews AF’s audit log',
    },
    'admin-af': {
      sub: 'af-1801',
      name: 'Tove Ahlström',
      org: 'AF',
      roles: ['ADMINISTRATOR'],
      teams: [],
      party: null,
      description: 'Administrator (Arbetsförmedlingen): keeps AF’s staff register',
    },
  },
};
