import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  daysBetween,
  today,
  type Agency,
  demoOrganisationNumber,
  followUpPoints,
  type DeclineReason,
  type EmployerRecordView,
  type EmployerSector,
  type FollowUpContact,
  type MatchCourse,
  type OpportunityType,
  type OpportunityView,
  type PlacementFollowUpView,
  type SwedishLevel,
  type WorkArea,
} from '@malmokraften/shared';
import { bulkInsert } from './seed-helpers';
import { SHOWCASE, type DemoPerson } from './population';

/**
 * The demo's employer work (docs/employer-work.md), made from the demo
 * population and dated from the same reference day: a few hundred
 * employers in Malmö's sectors, each recorded by the agency whose staff
 * work with it (some by two); the opportunities acquired from them over
 * the two years before the day; and matches consistent with what the
 * population already says:
 *
 * - everyone discharged to work was hired into a job (unsubsidised work)
 *   or a subsidised job (subsidised work) at AF or Malmö stad, the first
 *   day of work being the day of discharge, with the follow-ups after it;
 * - people still in the programme have matches under way, some declined,
 *   and some have a place in work training, an internship or language
 *   practice (at FK only those FK knows), a few starting their two-week
 *   follow-up this week;
 * - AF holds a job-seeker profile for most people in the programme.
 *
 * Organisation numbers are of group 4, which no legal form is given, so
 * none can belong to a real organisation (`demoOrganisationNumber`); phone
 * numbers are from the series Sweden's telecoms regulator keeps for fiction
 * (040-628 04 00–99), e-mail addresses in the reserved domain `.example`.
 * Deterministic for the same population and day.
 */

/** An employer as the demo records it: as the register shows it, with every part of its contact known. */
export type DemoEmployer = Pick<
  EmployerRecordView,
  'agency' | 'organisationNumber' | 'name' | 'sector' | 'area' | 'registeredOn'
> & { contact: { name: string; phone: string; email: string } | null };

/**
 * An opportunity as the demo records it: as the register shows it, less
 * what the register takes from its employer or counts (and its version),
 * with its employer's organisation number.
 */
export type DemoOpportunity = Omit<
  OpportunityView,
  'employerOrganisationNumber' | 'employerName' | 'employerSector' | 'requirements' | 'filledPlaces' | 'version'
> & { organisationNumber: string };

/** A follow-up after a placement as the demo records it: as the register shows it, without a note. */
export type DemoPlacementFollowUp = Omit<PlacementFollowUpView, 'note'>;

export interface DemoMatch extends MatchCourse {
  opportunityId: string;
  followUps: DemoPlacementFollowUp[];
}

export interface DemoProfile {
  participantId: string;
  swedishLevel: SwedishLevel;
  drivingLicence: boolean;
  hoursPercent: number;
  area: WorkArea | null;
  occupations: string[];
}

export interface DemoEmployerWork {
  employers: DemoEmployer[];
  opportunities: DemoOpportunity[];
  matches: DemoMatch[];
  profiles: DemoProfile[];
}

/**
 * Each generator's name and how many ids it has given. Ids drawn from a
 * generator alone repeat: every generator walks the same cycle of 2^32
 * states from its own seed, so two people's walks overlap now and then (at
 * the benchmark's national scale two matches got one id). The name and the
 * count make each id unique.
 */
const idScopes = new WeakMap<() => number, { scope: string; given: number }>();

/** A seeded generator, named by what it generates for (unique among the demo's generators). Exported for its tests. */
export function demoGenerator(seed: number, scope: string) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  idScopes.set(next, { scope, given: 0 });
  return next;
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * A UUID (version 4 in form) from the generator's name, its count of ids and
 * its draws: the demo's rows are the same on every run, and no two alike.
 * It takes as many draws as it always has, so the rest of the demo is as it was.
 */
export function demoId(r: () => number): string {
  const scope = idScopes.get(r);
  if (!scope) throw new Error('demoId() takes a generator made by demoGenerator()');
  const draws = Array.from({ length: 33 }, () => r());
  const hex = createHash('sha256')
    .update(`${scope.scope} ${scope.given++} ${draws.join(' ')}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Places in and around Malmö, and the city area (stadsområde) each lies in. */
const PLACES: ReadonlyArray<[string, WorkArea]> = [
  ['Möllan', 'INNERSTADEN'],
  ['Triangeln', 'INNERSTADEN'],
  ['Västra Hamnen', 'INNERSTADEN'],
  ['Davidshall', 'INNERSTADEN'],
  ['Kirseberg', 'NORR'],
  ['Värnhem', 'NORR'],
  ['Segevång', 'NORR'],
  ['Rosengård', 'OSTER'],
  ['Husie', 'OSTER'],
  ['Oxie', 'OSTER'],
  ['Fosie', 'SODER'],
  ['Sofielund', 'SODER'],
  ['Lindängen', 'SODER'],
  ['Limhamn', 'VASTER'],
  ['Bunkeflo', 'VASTER'],
  ['Hyllie', 'VASTER'],
  ['Arlöv', 'OUTSIDE_MALMO'],
  ['Lomma', 'OUTSIDE_MALMO'],
];

/** Per sector: words for a name, and the occupations its opportunities are for (occupation, title). */
const SECTORS: Record<EmployerSector, { names: string[]; jobs: Array<[string, string]> }> = {
  TRANSPORT_AND_LOGISTICS: {
    names: ['Logistik', 'Lager & Transport', 'Åkeri', 'Budservice'],
    jobs: [
      ['Lagerarbetare', 'Lagerarbetare, dagtid'],
      ['Truckförare', 'Truckförare på terminal'],
      ['Budbilsförare', 'Budbilsförare'],
    ],
  },
  RETAIL: {
    names: ['Livs', 'Handel', 'Butiker', 'Marknad'],
    jobs: [
      ['Butikssäljare', 'Butikssäljare'],
      ['Varupåfyllare', 'Varupåfyllare, morgon'],
      ['Kassapersonal', 'Kassapersonal'],
    ],
  },
  HOTELS_AND_RESTAURANTS: {
    names: ['Restaurang', 'Bistro', 'Bageri', 'Hotell', 'Kafé'],
    jobs: [
      ['Restaurangbiträde', 'Restaurangbiträde'],
      ['Diskare', 'Diskare, kvällar'],
      ['Kock', 'Kock i storkök'],
      ['Bagare', 'Bageribiträde'],
    ],
  },
  HEALTH_AND_SOCIAL_CARE: {
    names: ['Vård & Omsorg', 'Assistans', 'Hemtjänst', 'Äldreboende'],
    jobs: [
      ['Undersköterska', 'Undersköterska'],
      ['Vårdbiträde', 'Vårdbiträde'],
      ['Personlig assistent', 'Personlig assistent'],
    ],
  },
  CLEANING_AND_PROPERTY_SERVICES: {
    names: ['Städ & Service', 'Fastighetsservice', 'Lokalvård'],
    jobs: [
      ['Lokalvårdare', 'Lokalvårdare'],
      ['Fastighetsskötare', 'Fastighetsskötare'],
    ],
  },
  CONSTRUCTION: {
    names: ['Bygg', 'Måleri', 'Entreprenad'],
    jobs: [
      ['Byggnadsarbetare', 'Byggnadsarbetare'],
      ['Målare', 'Målare'],
    ],
  },
  MANUFACTURING: {
    names: ['Verkstad', 'Mekaniska', 'Livsmedel', 'Förpackning'],
    jobs: [
      ['Maskinoperatör', 'Maskinoperatör'],
      ['Montör', 'Montör'],
      ['Livsmedelsarbetare', 'Produktionsmedarbetare, livsmedel'],
    ],
  },
  EDUCATION: {
    names: ['Förskola', 'Friskola', 'Språkskola'],
    jobs: [
      ['Barnskötare', 'Barnskötare'],
      ['Elevassistent', 'Elevassistent'],
    ],
  },
  PUBLIC_ADMINISTRATION: {
    names: ['Servicekontor', 'Förvaltning'],
    jobs: [['Administratör', 'Administratör, reception']],
  },
  BUSINESS_SERVICES: {
    names: ['Kundservice', 'Bemanning'],
    jobs: [['Kundtjänstmedarbetare', 'Kundtjänstmedarbetare']],
  },
  INFORMATION_AND_COMMUNICATION: {
    names: ['IT-service', 'Data'],
    jobs: [['IT-supporttekniker', 'IT-supporttekniker']],
  },
  CULTURE_AND_LEISURE: {
    names: ['Idrottsförening', 'Fritid', 'Badhus'],
    jobs: [
      ['Badvärd', 'Badvärd'],
      ['Vaktmästare', 'Vaktmästare'],
    ],
  },
};
const SECTOR_LIST = Object.keys(SECTORS) as EmployerSector[];
/** Every occupation of the catalogue, for the job-seeker profiles. */
export const DEMO_OCCUPATIONS = [...new Set(SECTOR_LIST.flatMap((s) => SECTORS[s].jobs.map(([o]) => o)))];

const FORMS = ['AB', 'AB', 'AB', 'HB', 'ek. för.'];
const CONTACT_FIRST = [
  'Anna',
  'Björn',
  'Cecilia',
  'David',
  'Emma',
  'Goran',
  'Hanna',
  'Jonas',
  'Lejla',
  'Magnus',
  'Nadia',
  'Oskar',
  'Rasmus',
  'Sofia',
  'Tobias',
];
const CONTACT_LAST = [
  'Ek',
  'Holmgren',
  'Kovač',
  'Lund',
  'Malmberg',
  'Nyström',
  'Rahimi',
  'Sandberg',
  'Strand',
  'Wiklund',
];

/** What each agency acquires: AF's orders, Malmö stad's recruitments and placements, FK's work-training places. */
const AGENCY_TYPES: Record<'AF' | 'MALMO' | 'FK', Array<[OpportunityType, number]>> = {
  AF: [
    ['JOB', 0.5],
    ['SUBSIDISED_JOB', 0.3],
    ['INTERNSHIP', 0.2],
  ],
  MALMO: [
    ['JOB', 0.15],
    ['SUBSIDISED_JOB', 0.3],
    ['WORK_TRAINING', 0.3],
    ['LANGUAGE_PRACTICE', 0.25],
  ],
  FK: [['WORK_TRAINING', 1]],
};

function typeFor(r: () => number, agency: 'AF' | 'MALMO' | 'FK'): OpportunityType {
  let x = r();
  for (const [t, p] of AGENCY_TYPES[agency]) {
    if (x < p) return t;
    x -= p;
  }
  return AGENCY_TYPES[agency][0]![0];
}

/** How long ago the demo's history reaches, as the population's. */
const HISTORY_DAYS = 730;

export interface EmployerWorkOptions {
  /** The reference day (YYYY-MM-DD); today by default. */
  asOf?: string;
  seed?: number;
}

/**
 * The reference day a demo population was made for: its showcase people
 * were enrolled two years before it. Today for a population without them.
 */
export function referenceDayOf(people: readonly DemoPerson[]): string {
  const showcase = people.find((p) => p.id === SHOWCASE.consenting);
  return showcase ? addDays(showcase.enrolledOn, HISTORY_DAYS) : today();
}

/** The demo's employer work for a population (see the file's comment). */
export function demoEmployerWork(people: readonly DemoPerson[], opts: EmployerWorkOptions = {}): DemoEmployerWork {
  const asOf = opts.asOf ?? referenceDayOf(people);
  const seed = opts.seed ?? 4242;
  const r = demoGenerator(seed, 'employers and opportunities');
  const yesterday = addDays(asOf, -1);

  // Employers: about one per 14 people, at least 24, at most 300 (the programme's size has 300).
  const count = Math.max(24, Math.min(300, Math.round(people.length / 14)));
  const employers: DemoEmployer[] = [];
  const names = new Set<string>();
  for (let n = 0; employers.length < count; n++) {
    const agency: 'AF' | 'MALMO' | 'FK' = n % 20 < 11 ? 'AF' : n % 20 < 17 ? 'MALMO' : 'FK';
    const sector =
      agency === 'FK'
        ? pick(r, [
            'HEALTH_AND_SOCIAL_CARE',
            'RETAIL',
            'CLEANING_AND_PROPERTY_SERVICES',
            'CULTURE_AND_LEISURE',
          ] as EmployerSector[])
        : pick(r, SECTOR_LIST);
    const [place, area] = pick(r, PLACES);
    let name = `${place}s ${pick(r, SECTORS[sector].names)} ${pick(r, FORMS)}`;
    if (names.has(name)) name = `${name.replace(/ (AB|HB|ek\. för\.)$/, '')} ${n} ${pick(r, FORMS)}`;
    names.add(name);
    const c = r();
    const contact =
      c < 0.85
        ? {
            name: `${pick(r, CONTACT_FIRST)} ${pick(r, CONTACT_LAST)}`,
            phone: `040-628 04 ${String(n % 100).padStart(2, '0')}`,
            email: '',
          }
        : null;
    if (contact) contact.email = `rekrytering@${slug(name)}.example`;
    const organisationNumber = demoOrganisationNumber(1000 + n);
    employers.push({
      agency,
      organisationNumber,
      name,
      sector,
      area,
      contact,
      registeredOn: addDays(asOf, -HISTORY_DAYS - 30 + Math.floor(r() * 200)),
    });
    // Some employers work with two agencies: the city records one of AF's too, under its own contact person.
    if (agency === 'AF' && n % 9 === 4) {
      employers.push({
        agency: 'MALMO',
        organisationNumber,
        name,
        sector,
        area,
        contact: contact ? { ...contact, name: `${pick(r, CONTACT_FIRST)} ${pick(r, CONTACT_LAST)}` } : null,
        registeredOn: addDays(asOf, -400),
      });
    }
  }
  const byAgency = (a: Agency) => employers.filter((e) => e.agency === a);

  // Opportunities over the two years before the day.
  const opportunities: DemoOpportunity[] = [];
  const employerOf = new Map<string, DemoEmployer>();
  const newOpportunity = (
    employer: DemoEmployer,
    type: OpportunityType,
    acquiredOn: string,
    gen: () => number,
  ): DemoOpportunity => {
    const [occupation, title] = pick(gen, SECTORS[employer.sector].jobs);
    const o: DemoOpportunity = {
      id: demoId(gen),
      agency: employer.agency,
      organisationNumber: employer.organisationNumber,
      type,
      title:
        type === 'LANGUAGE_PRACTICE'
          ? `Språkpraktik: ${occupation.toLowerCase()}`
          : type === 'WORK_TRAINING'
            ? `Arbetsträning: ${occupation.toLowerCase()}`
            : title,
      occupation,
      hoursPercent:
        type === 'WORK_TRAINING' || type === 'LANGUAGE_PRACTICE'
          ? pick(gen, [25, 50, 50, 75])
          : pick(gen, [50, 75, 100, 100]),
      startDate: gen() < 0.6 ? addDays(acquiredOn, 14 + Math.floor(gen() * 30)) : null,
      area: gen() < 0.9 ? employer.area : pick(gen, PLACES)[1],
      swedishLevel:
        type === 'LANGUAGE_PRACTICE'
          ? 'NONE'
          : pick(gen, ['NONE', 'BASIC', 'BASIC', 'INTERMEDIATE', 'FLUENT'] as SwedishLevel[]),
      drivingLicence: employer.sector === 'TRANSPORT_AND_LOGISTICS' ? gen() < 0.6 : gen() < 0.1,
      places: gen() < 0.75 ? 1 : 2 + Math.floor(gen() * 2),
      acquiredOn,
      status: 'OPEN',
      filledOn: null,
      closedOn: null,
    };
    opportunities.push(o);
    employerOf.set(o.id, employer);
    return o;
  };
  for (const e of employers) {
    const n = 1 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      const acquiredOn = addDays(asOf, -1 - Math.floor(r() * HISTORY_DAYS));
      newOpportunity(
        e,
        typeFor(r, e.agency as 'AF' | 'MALMO' | 'FK'),
        acquiredOn < e.registeredOn ? e.registeredOn : acquiredOn,
        r,
      );
    }
  }

  const matches: DemoMatch[] = [];
  const keepOpen = new Set<string>();
  const matched = new Set<string>(); // participant id + opportunity id: one match per person and opportunity
  const hires = new Map<string, string[]>(); // opportunity id → hire days
  const proposals = new Map<string, string[]>(); // opportunity id → proposal days
  /** An opportunity of the agency and type acquired in [from, to] with a place left, or a new one at one of the agency's employers. */
  const opportunityFor = (
    agency: 'AF' | 'MALMO' | 'FK',
    type: OpportunityType,
    from: string,
    to: string,
    gen: () => number,
    hiring: boolean,
    participantId: string,
  ): DemoOpportunity => {
    const fits = opportunities.filter(
      (o) =>
        o.agency === agency &&
        o.type === type &&
        o.acquiredOn >= from &&
        o.acquiredOn <= to &&
        !matched.has(`${participantId} ${o.id}`) &&
        (!hiring || (hires.get(o.id)?.length ?? 0) < o.places),
    );
    if (fits.length > 0 && gen() < 0.8) return pick(gen, fits);
    const acquiredOn = addDays(to, -Math.floor(gen() * Math.max(1, Math.min(60, daysBetween(from, to)))));
    const employer = pick(gen, byAgency(agency));
    if (employer.registeredOn > acquiredOn) employer.registeredOn = acquiredOn;
    return newOpportunity(employer, type, acquiredOn, gen);
  };
  const record = (m: DemoMatch) => {
    matches.push(m);
    matched.add(`${m.participantId} ${m.opportunityId}`);
    proposals.set(m.opportunityId, [...(proposals.get(m.opportunityId) ?? []), m.proposedOn]);
    if (m.hiredOn) hires.set(m.opportunityId, [...(hires.get(m.opportunityId) ?? []), m.hiredOn].sort());
  };

  /** A hire: proposed, presented, interviewed, hired, starting on `start`, with the follow-ups after it as recorded by the day. */
  const hire = (
    p: DemoPerson,
    agency: 'AF' | 'MALMO' | 'FK',
    type: OpportunityType,
    start: string,
    gen: () => number,
  ) => {
    // Hired by the day (a job may start in the coming weeks).
    const hiredOn = minDay(asOf, maxDay(p.enrolledOn, addDays(start, -(3 + Math.floor(gen() * 18)))));
    const interviewOn = maxDay(p.enrolledOn, addDays(hiredOn, -(2 + Math.floor(gen() * 10))));
    const presentedOn = maxDay(p.enrolledOn, addDays(interviewOn, -(2 + Math.floor(gen() * 10))));
    const proposedOn = maxDay(p.enrolledOn, addDays(presentedOn, -(1 + Math.floor(gen() * 20))));
    const o = opportunityFor(agency, type, addDays(proposedOn, -150), proposedOn, gen, true, p.id);
    const followUps = placementFollowUps(start, asOf, gen);
    const ended = followUps.find((f) => f.stillEmployed === false);
    record({
      id: demoId(gen),
      agency,
      participantId: p.id,
      opportunityId: o.id,
      status: 'HIRED',
      proposedOn,
      presentedOn,
      interviewOn,
      hiredOn,
      placementStart: start,
      placementEndedOn: ended?.doneOn ?? null,
      declinedOn: null,
      declineReason: null,
      followUps,
    });
  };

  /** A match that did not come about, or one under way (status by how recent it is). */
  const other = (
    p: DemoPerson,
    agency: 'AF' | 'MALMO' | 'FK',
    type: OpportunityType,
    proposedOn: string,
    underWay: boolean,
    gen: () => number,
  ) => {
    const o = opportunityFor(agency, type, addDays(proposedOn, -100), proposedOn, gen, underWay, p.id);
    if (underWay) {
      const step = Math.floor(gen() * 3);
      const presentedOn = step >= 1 ? minDay(yesterday, addDays(proposedOn, 2 + Math.floor(gen() * 7))) : null;
      // An interview may be booked in the coming two weeks.
      const interviewOn = step >= 2 ? addDays(presentedOn!, 3 + Math.floor(gen() * 14)) : null;
      record({
        ...blank(gen, agency, p.id, o.id, proposedOn),
        status: (['PROPOSED', 'PRESENTED', 'INTERVIEW'] as const)[step]!,
        presentedOn,
        interviewOn,
      });
      keepOpen.add(o.id);
      return;
    }
    // Declined on or after the proposal (and by yesterday).
    const declinedOn = minDay(yesterday, addDays(proposedOn, 5 + Math.floor(gen() * 30)));
    const presentedOn = gen() < 0.6 ? minDay(declinedOn, addDays(proposedOn, 2)) : null;
    record({
      ...blank(gen, agency, p.id, o.id, proposedOn),
      status: 'DECLINED',
      presentedOn,
      declinedOn,
      declineReason: pick(gen, [
        'PARTICIPANT_DECLINED',
        'EMPLOYER_DECLINED',
        'EMPLOYER_DECLINED',
        'NOT_SUITABLE',
        'NO_PLACE_LEFT',
        'OTHER',
      ] as DeclineReason[]),
    });
  };
  const showcase = new Set<string>(Object.values(SHOWCASE));
  for (const p of people) {
    // The showcase people's employer work is the same on every day (showcaseWork).
    if (showcase.has(p.id)) continue;
    const gen = demoGenerator(hashOf(`employer-work ${p.id}`) ^ seed, `employer-work ${p.id}`);
    const fk = p.knownTo.includes('FK');
    if (p.dischargedOn) {
      // Discharged to work: hired, the first day of work the day of the discharge.
      if (p.outcome === 'WORK_UNSUBSIDISED') hire(p, gen() < 0.8 ? 'AF' : 'MALMO', 'JOB', p.dischargedOn, gen);
      if (p.outcome === 'WORK_SUBSIDISED') hire(p, gen() < 0.6 ? 'AF' : 'MALMO', 'SUBSIDISED_JOB', p.dischargedOn, gen);
      // Some tried before, and it did not come about.
      const tries = gen() < 0.35 ? 1 + Math.floor(gen() * 2) : 0;
      for (let k = 0; k < tries; k++) {
        const span = Math.max(1, daysBetween(p.enrolledOn, p.dischargedOn) - 30);
        other(
          p,
          gen() < 0.7 ? 'AF' : 'MALMO',
          gen() < 0.5 ? 'JOB' : 'SUBSIDISED_JOB',
          addDays(p.enrolledOn, Math.floor(gen() * span)),
          false,
          gen,
        );
      }
      continue;
    }
    const inProgramme = daysBetween(p.enrolledOn, asOf);
    // A place in work training, an internship or language practice (FK's work-training places for those FK knows).
    if (inProgramme > 40 && gen() < 0.15) {
      const agency = fk && gen() < 0.5 ? 'FK' : gen() < 0.6 ? 'MALMO' : 'AF';
      const type =
        agency === 'FK'
          ? 'WORK_TRAINING'
          : agency === 'AF'
            ? 'INTERNSHIP'
            : gen() < 0.5
              ? 'WORK_TRAINING'
              : 'LANGUAGE_PRACTICE';
      // A few started two weeks ago this week: their first follow-up is due now.
      const start =
        gen() < 0.25
          ? addDays(asOf, -14 + Math.floor(gen() * 5))
          : maxDay(addDays(p.enrolledOn, 21), addDays(asOf, -(20 + Math.floor(gen() * 200))));
      if (start < asOf) hire(p, agency, type, start, gen);
    }
    // Matches under way, and older ones that did not come about.
    if (gen() < 0.45) {
      const n = 1 + Math.floor(gen() * 2);
      for (let k = 0; k < n; k++) {
        const agency = gen() < 0.65 ? 'AF' : 'MALMO';
        const proposedOn = addDays(asOf, -(1 + Math.floor(gen() * Math.min(120, inProgramme - 1))));
        if (proposedOn < p.enrolledOn) continue;
        other(p, agency, typeFor(gen, agency), proposedOn, daysBetween(proposedOn, asOf) <= 45, gen);
      }
    }
    // A few have been offered a job that starts in the coming two weeks; their discharge to work follows.
    if (inProgramme > 60 && gen() < 0.02) hire(p, 'AF', 'JOB', addDays(asOf, 1 + Math.floor(gen() * 14)), gen);
  }

  showcaseWork(people, asOf, seed, { hire, other });

  // Each opportunity's status on the day: filled when its hires took every place; closed after a few months without; else open.
  // No one is proposed for an opportunity after its last place is taken, and one with a match under way has a place open.
  for (const o of opportunities) {
    const taken = hires.get(o.id) ?? [];
    const proposed = proposals.get(o.id) ?? [];
    while (taken.length >= o.places && (keepOpen.has(o.id) || proposed.some((d) => d > taken[o.places - 1]!)))
      o.places += 1;
    if (taken.length >= o.places) {
      o.status = 'FILLED';
      o.filledOn = taken[o.places - 1]!;
      continue;
    }
    if (keepOpen.has(o.id)) continue;
    const last = [...proposed, ...taken].sort().at(-1) ?? o.acquiredOn;
    const closing = maxDay(addDays(o.acquiredOn, 90 + (hashOf(o.id) % 40)), addDays(last, 1));
    if (closing <= yesterday) {
      o.status = 'CLOSED';
      o.closedOn = closing;
    }
  }

  const profiles = people
    .filter((p) => !p.dischargedOn)
    .flatMap((p) => {
      const gen = demoGenerator(hashOf(`profile ${p.id}`) ^ seed, `profile ${p.id}`);
      if (!Object.values(SHOWCASE).includes(p.id) && gen() >= 0.7) return [];
      const swedishLevel: SwedishLevel = p.bornOutsideEurope
        ? pick(gen, ['NONE', 'BASIC', 'BASIC', 'INTERMEDIATE', 'INTERMEDIATE', 'FLUENT'])
        : pick(gen, ['INTERMEDIATE', 'FLUENT', 'FLUENT', 'FLUENT']);
      const occupations = [
        ...new Set([pick(gen, DEMO_OCCUPATIONS), ...(gen() < 0.5 ? [pick(gen, DEMO_OCCUPATIONS)] : [])]),
      ];
      return [
        {
          participantId: p.id,
          swedishLevel,
          drivingLicence: gen() < 0.45,
          hoursPercent: pick(gen, [50, 75, 100, 100]),
          area:
            gen() < 0.85
              ? pick(
                  gen,
                  PLACES.filter(([, a]) => a !== 'OUTSIDE_MALMO'),
                )[1]
              : null,
          occupations,
        },
      ];
    });
  for (const p of profiles) if (p.participantId === SHOWCASE.consenting) Object.assign(p, SHOWCASE_PROFILE);

  return { employers, opportunities, matches, profiles };
}

/** P-DEMO0001's profile: she looks for work in a warehouse or a shop, three quarters of full time, in Söder. */
const SHOWCASE_PROFILE = {
  swedishLevel: 'INTERMEDIATE' as SwedishLevel,
  drivingLicence: false,
  hoursPercent: 75,
  area: 'SODER' as WorkArea,
  occupations: ['Lagerarbetare', 'Butikssäljare'],
};

function blank(
  gen: () => number,
  agency: Agency,
  participantId: string,
  opportunityId: string,
  proposedOn: string,
): DemoMatch {
  return {
    id: demoId(gen),
    agency,
    participantId,
    opportunityId,
    status: 'PROPOSED',
    proposedOn,
    presentedOn: null,
    interviewOn: null,
    hiredOn: null,
    placementStart: null,
    placementEndedOn: null,
    declinedOn: null,
    declineReason: null,
    followUps: [],
  };
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
/** A name as letters a–z and dashes, for an address. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '') || 'arbetsgivare';
const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * The follow-ups of a placement starting on `start`, as recorded by the
 * day: most points passed were followed up within a few days (fewer of
 * those of the last three weeks); a person no longer employed ends the
 * placement, and later points close; a point not followed up closes once a
 * later one is.
 */
function placementFollowUps(start: string, asOf: string, gen: () => number): DemoPlacementFollowUp[] {
  const out: DemoPlacementFollowUp[] = [];
  let ended = false;
  for (const { point, dueOn } of followUpPoints(start)) {
    const f: DemoPlacementFollowUp = {
      id: demoId(gen),
      point,
      dueOn,
      doneOn: null,
      contactWith: null,
      stillEmployed: null,
      closed: false,
    };
    out.push(f);
    if (ended) {
      f.closed = true;
      continue;
    }
    const done = dueOn < asOf && gen() < (daysBetween(dueOn, asOf) > 21 ? 0.92 : 0.5);
    if (!done) continue;
    f.doneOn = minDay(addDays(asOf, -1), addDays(dueOn, Math.floor(gen() * 5)));
    f.contactWith = pick(gen, ['PARTICIPANT', 'EMPLOYER', 'BOTH', 'BOTH'] as FollowUpContact[]);
    f.stillEmployed = gen() < (point === 'TWO_WEEKS' ? 0.93 : point === 'THREE_MONTHS' ? 0.87 : 0.9);
    if (!f.stillEmployed) ended = true;
  }
  // A point not followed up is no longer due once a later one is.
  for (let i = 0; i < out.length; i++)
    if (!out[i]!.doneOn && out.slice(i + 1).some((l) => l.doneOn)) out[i]!.closed = true;
  return out;
}

interface Makers {
  hire(p: DemoPerson, agency: 'AF' | 'MALMO' | 'FK', type: OpportunityType, start: string, gen: () => number): void;
  other(
    p: DemoPerson,
    agency: 'AF' | 'MALMO' | 'FK',
    type: OpportunityType,
    proposedOn: string,
    underWay: boolean,
    gen: () => number,
  ): void;
}

/**
 * The showcase people on any day: P-DEMO0001 has language practice at
 * Malmö stad that began two weeks ago (its first follow-up is due today)
 * and a job at AF proposed last week; P-DEMO0002 has been presented for a
 * job at AF and proposed for language practice at Malmö stad.
 */
function showcaseWork(people: readonly DemoPerson[], asOf: string, seed: number, make: Makers): void {
  const gen = demoGenerator(hashOf('showcase employer work') ^ seed, 'showcase employer work');
  const person = (id: string) => people.find((p) => p.id === id);
  const amina = person(SHOWCASE.consenting);
  if (amina) {
    make.hire(amina, 'MALMO', 'LANGUAGE_PRACTICE', addDays(asOf, -14), gen);
    make.other(amina, 'AF', 'JOB', addDays(asOf, -6), true, gen);
  }
  const johan = person(SHOWCASE.noConsent);
  if (johan) {
    make.other(johan, 'AF', 'JOB', addDays(asOf, -10), true, gen);
    make.other(johan, 'MALMO', 'LANGUAGE_PRACTICE', addDays(asOf, -3), true, gen);
  }
}

/**
 * Seeds one agency's part of the demo's employer work: its employers, their
 * opportunities, its matches with their follow-ups (only of people the
 * agency holds, in its own participant table).
 */
export async function seedEmployerWork(
  m: EntityManager,
  agency: Agency,
  work: DemoEmployerWork,
  held: ReadonlySet<string>,
): Promise<void> {
  const employers = work.employers.filter((e) => e.agency === agency);
  await bulkInsert(
    m,
    'employer',
    [
      'organisation_number',
      'name',
      'sector',
      'area',
      'contact_name',
      'contact_phone',
      'contact_email',
      'registered_on',
      'registered_by',
    ],
    employers.map((e) => [
      e.organisationNumber,
      e.name,
      e.sector,
      e.area,
      e.contact?.name ?? null,
      e.contact?.phone ?? null,
      e.contact?.email ?? null,
      e.registeredOn,
      'seed',
    ]),
  );
  const opportunities = work.opportunities.filter((o) => o.agency === agency);
  await bulkInsert(
    m,
    'opportunity',
    [
      'id',
      'employer_organisation_number',
      'type',
      'title',
      'occupation',
      'hours_percent',
      'start_date',
      'area',
      'swedish_level',
      'driving_licence',
      'places',
      'status',
      'acquired_on',
      'acquired_by',
      'filled_on',
      'closed_on',
    ],
    opportunities.map((o) => [
      o.id,
      o.organisationNumber,
      o.type,
      o.title,
      o.occupation,
      o.hoursPercent,
      o.startDate,
      o.area,
      o.swedishLevel,
      o.drivingLicence,
      o.places,
      o.status,
      o.acquiredOn,
      'seed',
      o.filledOn,
      o.closedOn,
    ]),
  );
  const matches = work.matches.filter((x) => x.agency === agency && held.has(x.participantId));
  await bulkInsert(
    m,
    'opportunity_match',
    [
      'id',
      'opportunity_id',
      'participant_id',
      'status',
      'proposed_on',
      'presented_on',
      'interview_on',
      'hired_on',
      'placement_start',
      'placement_ended_on',
      'declined_on',
      'decline_reason',
      'recorded_by',
    ],
    matches.map((x) => [
      x.id,
      x.opportunityId,
      x.participantId,
      x.status,
      x.proposedOn,
      x.presentedOn,
      x.interviewOn,
      x.hiredOn,
      x.placementStart,
      x.placementEndedOn,
      x.declinedOn,
      x.declineReason,
      'seed',
    ]),
  );
  await bulkInsert(
    m,
    'placement_follow_up',
    ['id', 'match_id', 'point', 'due_on', 'done_on', 'contact_with', 'still_employed', 'closed', 'recorded_by'],
    matches.flatMap((x) =>
      x.followUps.map((f) => [
        f.id,
        x.id,
        f.point,
        f.dueOn,
        f.doneOn,
        f.contactWith,
        f.stillEmployed,
        f.closed,
        f.doneOn ? 'seed' : null,
      ]),
    ),
  );
}
