import {
  addDays,
  AGENCIES,
  daysBetween,
  luhnCheckDigit,
  ORGANISATION_PARTIES,
  OUTCOMES,
  PARTIES,
  today,
  type Agency,
  type Party,
} from '@malmokraften/shared';
import { agencyDemoFacts, type DemoCandidate } from '../agency-demo';
import { PERSONAS } from '../personas';

/**
 * A made-up population for demos, tests and benchmarks, the same on every
 * machine for the same reference day (seeded). Every date in it is counted
 * from the reference day (today by default), so on any day the demo holds
 * ongoing participants with interventions running now and planned ahead,
 * follow-up meetings in the coming weeks, and discharges spread over the
 * two years before. Each agency's seed takes only its own part of it, as if
 * each had recorded its facts itself. No real person is described.
 */

export interface DemoConsent {
  agency: Agency;
  recipient: Party;
  categories: string[];
  validFrom: string;
  validTo: string | null;
  withdrawn: boolean;
}

/** One agency's perspective in the joint mapping (gemensam kartläggning). */
export interface DemoMapping {
  situation: string;
  abilities: string;
  wishes: string;
  obstacles: string;
}

/**
 * The showcase people's joint mapping, each agency's perspective in its own
 * words (its demo facts' `showcaseMapping`). Nothing in one agency's
 * perspective tells what another category holds (the city's says nothing
 * of social assistance, the region's and FK's name no diagnosis). The
 * demo's consents do not name the mapping: each agency's staff see their
 * own perspective and the person all of them, and the rest of the team
 * once the person consents to sharing it. An agency without one records
 * no perspective in the demo.
 */
function showcaseMapping(): Partial<Record<Agency, DemoMapping>> {
  const out: Partial<Record<Agency, DemoMapping>> = {};
  for (const agency of AGENCIES) {
    const mapping = agencyDemoFacts(agency).showcaseMapping;
    if (mapping) out[agency] = mapping;
  }
  return out;
}

export interface DemoIntervention {
  agency: Agency;
  type: string;
  title: string;
  status: 'PLANNED' | 'ONGOING' | 'COMPLETED';
  startDate: string;
  endDate: string | null;
  extentPercent: number;
}

/** A follow-up meeting at AF: held ones lie in the past, the next one ahead. */
export interface DemoFollowUp {
  /** ISO instant. */
  scheduledAt: string;
  held: boolean;
}

export interface DemoPerson {
  id: string;
  personnummer: string;
  firstName: string;
  lastName: string;
  gender: 'WOMAN' | 'MAN';
  bornOutsideEurope: boolean;
  protectedIdentity: boolean;
  teamId: string;
  entryRoute: 'AF' | 'SOCIAL_SERVICES' | 'FK';
  enrolledOn: string;
  dischargedOn: string | null;
  outcome: string | null;
  monthsWithoutWork: number;
  /** Which agencies hold records on the person besides AF. */
  knownTo: Agency[];
  socialAssistance: { from: string; to: string | null; monthlyAmount: number; householdSize: number } | null;
  sharingBlocked: boolean;
  consents: DemoConsent[];
  /** Each agency's perspective in the joint mapping, as its staff recorded it (the showcase people only). */
  mapping?: Partial<Record<Agency, DemoMapping>>;
  interventions: DemoIntervention[];
  followUps: DemoFollowUp[];
}

export const DEMO_TEAMS = Array.from({ length: 12 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `T${n}`, name: `Team ${n}`, includesFk: i >= 10 };
});

/** Team members by team, from the demo personas. */
export function demoTeamMembers() {
  const out: Array<{ teamId: string; officerId: string; name: string; organisation: string; role: string }> = [];
  for (const p of Object.values(PERSONAS)) {
    if (p.org === 'FINSAM') continue;
    for (const t of p.teams)
      out.push({ teamId: t, officerId: p.sub, name: p.name, organisation: p.org, role: p.roles[0]! });
  }
  return out;
}

/** The officer of each agency who works with people on a team, for assignments. */
export function demoAssignee(agency: Agency, teamId: string): { officerId: string; name: string; role: string } {
  const candidates = Object.values(PERSONAS).filter(
    (p) => p.org === agency && p.teams.includes(teamId) && !p.roles.includes('AUDITOR'),
  );
  const pick = candidates.find((p) => !p.roles.includes('STUDIE_OCH_YRKESVAGLEDARE')) ?? candidates[0];
  if (pick) return { officerId: pick.sub, name: pick.name, role: pick.roles[0]! };
  // The officer its demo facts name, or else its first (personas.ts gives every agency one).
  const fallback = agencyDemoFacts(agency).fallbackOfficer;
  const p =
    Object.values(PERSONAS).find((x) => x.sub === fallback && x.org === agency) ??
    Object.values(PERSONAS).find((x) => x.org === agency && !x.roles.includes('AUDITOR'))!;
  return { officerId: p.sub, name: p.name, role: p.roles[0]! };
}

/** A small seeded generator (the demo's, and the benchmark's sequence of requests): the same seed, the same numbers. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a text (FNV-1a), to seed a generator per person. */
function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const FIRST_W = [
  'Amina',
  'Sara',
  'Fatima',
  'Eva',
  'Leyla',
  'Maria',
  'Noor',
  'Karin',
  'Aisha',
  'Elin',
  'Zahra',
  'Anna',
  'Hiba',
  'Lina',
  'Ingrid',
];
const FIRST_M = [
  'Ahmed',
  'Johan',
  'Mohammed',
  'Erik',
  'Ali',
  'Lars',
  'Omar',
  'Peter',
  'Yusuf',
  'Anders',
  'Hassan',
  'Mikael',
  'Ivan',
  'Karim',
  'Nils',
];
const LAST = [
  'Andersson',
  'Hassan',
  'Nilsson',
  'Ali',
  'Persson',
  'Mohammed',
  'Svensson',
  'Ibrahim',
  'Larsson',
  'Jovanović',
  'Olsson',
  'Yilmaz',
  'Lindqvist',
  'Haddad',
  'Berg',
];
const OFFICER_NAMES = new Set(Object.values(PERSONAS).map((p) => p.name));
const ID_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Each agency's interventions in the demo (its demo facts' toolbox); an agency without any has none in it. */
function toolboxOf(agency: Agency): ReadonlyArray<readonly [string, string]> {
  return agencyDemoFacts(agency).toolbox ?? [];
}

function makeId(r: () => number): string {
  let s = 'P-';
  for (let i = 0; i < 8; i++) s += ID_ALPHABET[Math.floor(r() * ID_ALPHABET.length)];
  return s;
}

/** Born 33 to 66 years before the reference year: the programme takes people over 30. */
function makePersonnummer(r: () => number, n: number, gender: 'WOMAN' | 'MAN', referenceYear: number): string {
  const year = referenceYear - 66 + Math.floor(r() * 34);
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const serialBase = (n % 99) + 1; // unique enough with date; uniqueness enforced below
  const serial = String(serialBase).padStart(2, '0');
  const genderDigit = Math.floor(r() * 5) * 2 + (gender === 'MAN' ? 1 : 0);
  const nine = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}${genderDigit}`;
  return `${String(year).slice(0, 2)}${nine}${luhnCheckDigit(nine)}`;
}

function fullConsent(agency: Agency, from: string): DemoConsent[] {
  // What a consenting person shares with the agency's every other party (its demo facts); none without them.
  const shareable = agencyDemoFacts(agency).shareable;
  if (!shareable) return [];
  const categories = [...shareable];
  return PARTIES.filter((p: Party) => !ORGANISATION_PARTIES[agency].includes(p)).map((recipient) => ({
    agency,
    recipient,
    categories,
    validFrom: from,
    validTo: null,
    withdrawn: false,
  }));
}

/** The showcase people: fixed ids, documented in the README. */
export const SHOWCASE = {
  /** Team T01, known to all four agencies, consents to everything. */
  consenting: 'P-DEMO0001',
  /** Team T01, known to all four agencies, has given no consent. */
  noConsent: 'P-DEMO0002',
  /** Team T01, protected identity, consents to everything. */
  protectedIdentity: 'P-DEMO0003',
};

/** How long before the reference day the demo's history reaches: two years. */
const HISTORY_DAYS = 730;

/** A meeting at a whole hour between 9 and 14 UTC (10–16 in Sweden) on a day. */
function meetingAt(day: string, hour: number): string {
  return `${day}T${String(9 + (hour % 6)).padStart(2, '0')}:00:00.000Z`;
}

/**
 * The showcase people on any reference day: enrolled two years before it
 * (so they head their team's caseload), one intervention at each agency
 * running now (all four in parallel), one planned at each agency after
 * those end, a follow-up held three weeks ago and the next within the week.
 */
function showcase(id: string, n: number, consenting: boolean, protectedIdentity: boolean, asOf: string): DemoPerson {
  const r = seededRandom(1000 + n);
  const enrolledOn = addDays(asOf, -HISTORY_DAYS);
  const interventions: DemoIntervention[] = [];
  for (const agency of AGENCIES) {
    const toolbox = toolboxOf(agency);
    if (toolbox.length < 2) continue;
    const [type, title] = toolbox[0]!;
    interventions.push({
      agency,
      type,
      title,
      status: 'ONGOING',
      startDate: addDays(asOf, -94 + 7 * n),
      endDate: addDays(asOf, 84),
      extentPercent: 25,
    });
    const [type2, title2] = toolbox[1]!;
    interventions.push({
      agency,
      type: type2,
      title: title2,
      status: 'PLANNED',
      startDate: addDays(asOf, 101),
      endDate: null,
      extentPercent: 50,
    });
  }
  return {
    id,
    personnummer: makePersonnummer(r, n, n === 1 ? 'MAN' : 'WOMAN', Number(asOf.slice(0, 4))),
    firstName: ['Amina', 'Johan', 'Leyla'][n] ?? 'Amina',
    lastName: ['Haddad', 'Berg', 'Svensson'][n] ?? 'Haddad',
    gender: n === 1 ? 'MAN' : 'WOMAN',
    bornOutsideEurope: n !== 1,
    protectedIdentity,
    teamId: 'T01',
    entryRoute: 'SOCIAL_SERVICES',
    enrolledOn,
    dischargedOn: null,
    outcome: null,
    monthsWithoutWork: 30,
    // Every agency (one that knows everyone is not listed).
    knownTo: AGENCIES.filter((a) => agencyDemoFacts(a).knows !== 'everyone'),
    socialAssistance: { from: addDays(enrolledOn, -245), to: null, monthlyAmount: 9800, householdSize: 3 },
    sharingBlocked: false,
    consents: consenting ? AGENCIES.flatMap((a) => fullConsent(a, enrolledOn)) : [],
    mapping: showcaseMapping(),
    interventions,
    followUps: [
      { scheduledAt: meetingAt(addDays(asOf, -21), 1), held: true },
      { scheduledAt: meetingAt(addDays(asOf, 6 + n), 1), held: false },
    ],
  };
}

/** The demo's size in `npm start`, `npm run seed` and the containers' seed step: the programme's, 1,200 ongoing and 3,000 discharged. */
export const DEMO_POPULATION = { ongoing: 1200, discharged: 3000 } as const;

export interface PopulationOptions {
  ongoing: number;
  discharged: number;
  seed?: number;
  /** The reference day (YYYY-MM-DD) every date is counted from; today on the process's clock by default. */
  asOf?: string;
}

/** An intervention from an agency's toolbox, dated from `startDate` for `days` days, with its status on the reference day. */
function intervention(
  r: () => number,
  agency: Agency,
  startDate: string,
  endDate: string | null,
  asOf: string,
): DemoIntervention {
  const toolbox = toolboxOf(agency);
  const [type, title] = toolbox[Math.floor(r() * toolbox.length)]!;
  const status = startDate > asOf ? 'PLANNED' : endDate !== null && endDate < asOf ? 'COMPLETED' : 'ONGOING';
  return { agency, type, title, status, startDate, endDate, extentPercent: [25, 50, 75, 100][Math.floor(r() * 4)]! };
}

/**
 * An ongoing person's interventions at one agency: one running on the
 * reference day, and often a second one, either finished earlier or planned
 * to start in the coming weeks.
 */
function ongoingInterventions(r: () => number, agency: Agency, enrolledOn: string, asOf: string): DemoIntervention[] {
  const inProgramme = daysBetween(enrolledOn, asOf);
  const start = addDays(asOf, -Math.floor(r() * Math.min(150, inProgramme + 1)));
  const out = [intervention(r, agency, start, addDays(asOf, 14 + Math.floor(r() * 160)), asOf)];
  if (r() < 0.5) return out;
  if (inProgramme > 60 && r() < 0.5) {
    const earlier = addDays(enrolledOn, 7 + Math.floor(r() * Math.min(60, inProgramme - 60)));
    out.push(
      intervention(
        r,
        agency,
        earlier,
        addDays(earlier, Math.min(30 + Math.floor(r() * 150), daysBetween(earlier, asOf) - 1)),
        asOf,
      ),
    );
  } else {
    const later = addDays(asOf, 7 + Math.floor(r() * 53));
    out.push(intervention(r, agency, later, addDays(later, 30 + Math.floor(r() * 150)), asOf));
  }
  return out;
}

/** A discharged person's interventions at one agency: one or two, ended by the discharge. */
function dischargedInterventions(
  r: () => number,
  agency: Agency,
  enrolledOn: string,
  dischargedOn: string,
  asOf: string,
): DemoIntervention[] {
  const out: DemoIntervention[] = [];
  const count = 1 + Math.floor(r() * 2);
  for (let k = 0; k < count; k++) {
    let startDate = addDays(enrolledOn, 7 + Math.floor(r() * 120));
    if (startDate > dischargedOn) startDate = enrolledOn;
    const endDate = addDays(startDate, 30 + Math.floor(r() * 150));
    out.push({
      ...intervention(r, agency, startDate, endDate > dischargedOn ? dischargedOn : endDate, asOf),
      status: 'COMPLETED',
    });
  }
  return out;
}

/**
 * `ongoing` people currently in the programme and `discharged` who left,
 * spread over the twelve teams. Ongoing people were enrolled in the two
 * years before the reference day; discharges are spread over those two
 * years, the last one the day before. The same options give the same
 * population; another reference day gives the same people (ids, names,
 * teams, consents) with their dates moved.
 */
export function demoPopulation(opts: PopulationOptions): DemoPerson[] {
  const asOf = opts.asOf ?? today();
  const referenceYear = Number(asOf.slice(0, 4));
  const r = seededRandom(opts.seed ?? 42);
  const people: DemoPerson[] = [
    showcase(SHOWCASE.consenting, 0, true, false, asOf),
    showcase(SHOWCASE.noConsent, 1, false, false, asOf),
    showcase(SHOWCASE.protectedIdentity, 2, true, true, asOf),
  ];
  const ids = new Set(people.map((p) => p.id));
  const pnrs = new Set(people.map((p) => p.personnummer));
  const total = opts.ongoing + opts.discharged;
  for (let n = 0; people.length < total + 3; n++) {
    const gender: 'WOMAN' | 'MAN' = r() < 0.5 ? 'WOMAN' : 'MAN';
    const id = makeId(r);
    const personnummer = makePersonnummer(r, n, gender, referenceYear);
    if (ids.has(id) || pnrs.has(personnummer)) continue;
    ids.add(id);
    pnrs.add(personnummer);
    const discharged = people.length - 3 >= opts.ongoing;
    // Ongoing people are dealt to the teams in turn, so every team carries the same caseload (the programme's 100 each at 1,200).
    const team =
      DEMO_TEAMS[discharged ? Math.floor(r() * DEMO_TEAMS.length) : (people.length - 3) % DEMO_TEAMS.length]!;
    const entryRoll = r();
    const entryRoute = team.includesFk && entryRoll < 0.3 ? 'FK' : entryRoll < 0.55 ? 'SOCIAL_SERVICES' : 'AF';
    // Ongoing: enrolled 3 to 700 days ago. Discharged: on a day of the last two years, 60 to 460 days after enrolment.
    const dischargedOn = discharged ? addDays(asOf, -1 - Math.floor(r() * HISTORY_DAYS)) : null;
    const enrolledOn = dischargedOn
      ? addDays(dischargedOn, -(60 + Math.floor(r() * 400)))
      : addDays(asOf, -(3 + Math.floor(r() * 698)));
    // Which agencies know the person, each as its demo facts decide (drawing in the registry's order).
    const candidate: DemoCandidate = { entryRoute, teamId: team.id, teamIncludesFk: team.includesFk };
    const knownTo = AGENCIES.filter((a) => {
      const knows = agencyDemoFacts(a).knows;
      return typeof knows === 'function' && knows(candidate, r);
    });
    const holders = AGENCIES.filter((a) => agencyDemoFacts(a).knows === 'everyone' || knownTo.includes(a));
    const consentRoll = r();
    const consents: DemoConsent[] = [];
    for (const agency of holders) {
      if (consentRoll < 0.75) consents.push(...fullConsent(agency, enrolledOn));
      else if (consentRoll < 0.82)
        consents.push(...fullConsent(agency, enrolledOn).map((c) => ({ ...c, withdrawn: true })));
      else if (consentRoll < 0.88)
        consents.push(...fullConsent(agency, enrolledOn).map((c) => ({ ...c, validTo: addDays(enrolledOn, 90) })));
    }
    // What depends on the day comes from the person's own generator, so the same people (ids, names, teams) appear on every day.
    const t = seededRandom(hashOf(id) ^ (opts.seed ?? 42));
    const interventions = holders.flatMap((agency) =>
      toolboxOf(agency).length === 0
        ? []
        : dischargedOn
          ? dischargedInterventions(t, agency, enrolledOn, dischargedOn, asOf)
          : ongoingInterventions(t, agency, enrolledOn, asOf),
    );
    const hadAssistance = entryRoute === 'SOCIAL_SERVICES' || r() < 0.4;
    const meetingHour = Math.floor(r() * 6);
    const firstName = (gender === 'WOMAN' ? FIRST_W : FIRST_M)[Math.floor(r() * 15)]!;
    let lastName = LAST[Math.floor(r() * LAST.length)]!;
    // No participant shares a name with a demo officer, so a name in an answer tells whom it is about.
    while (OFFICER_NAMES.has(`${firstName} ${lastName}`)) lastName = LAST[(LAST.indexOf(lastName) + 1) % LAST.length]!;
    people.push({
      id,
      personnummer,
      firstName,
      lastName,
      gender,
      bornOutsideEurope: r() < 0.55,
      protectedIdentity: r() < 0.02,
      teamId: team.id,
      entryRoute,
      enrolledOn,
      dischargedOn,
      outcome: dischargedOn ? OUTCOMES[Math.floor(r() * OUTCOMES.length)]! : null,
      monthsWithoutWork: 12 + Math.floor(r() * 100),
      knownTo,
      socialAssistance: hadAssistance
        ? {
            from: addDays(enrolledOn, -200 - Math.floor(r() * 500)),
            to: dischargedOn && r() < 0.5 ? dischargedOn : null,
            monthlyAmount: 5000 + Math.floor(r() * 9000),
            householdSize: 1 + Math.floor(r() * 5),
          }
        : null,
      sharingBlocked: knownTo.some((a) => {
        const rate = agencyDemoFacts(a).sharingBlockRate;
        return rate !== undefined && r() < rate;
      }),
      consents,
      interventions,
      // Every ongoing person has the next follow-up within four weeks; those enrolled over a month ago had one before.
      followUps: dischargedOn
        ? []
        : [
            ...(daysBetween(enrolledOn, asOf) > 35
              ? [{ scheduledAt: meetingAt(addDays(asOf, -(14 + Math.floor(t() * 21))), meetingHour), held: true }]
              : []),
            { scheduledAt: meetingAt(addDays(asOf, 1 + Math.floor(t() * 27)), meetingHour), held: false },
          ],
    });
  }
  return people;
}
