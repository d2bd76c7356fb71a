import type { DataSource } from 'typeorm';
import {
  alreadySeeded,
  seedStaffRegister,
  bulkInsert,
  demoEmployerWork,
  seedCommon,
  seedEmployerWork,
  SHOWCASE,
  type DemoPerson,
} from '@malmokraften/dev';
import { BENEFIT_EXTENTS, type BenefitType } from './models';

/**
 * Marks every made-up medical text in the demo data. Medical certificate
 * contents, diagnoses and the medical basis of assessments never leave FK,
 * so this marker must never appear in any answer; tests can look for it.
 */
export const MEDICAL_DEMO_MARKER = '[FK internt]';

const CERTIFICATES = [
  'Läkarintyg: långvarig nedstämdhet och sömnsvårigheter, orkar inte heltid.',
  'Läkarintyg: ländryggssmärta sedan flera år, kan inte lyfta eller stå länge.',
  'Läkarintyg: utmattningssyndrom, nedsatt koncentration och uthållighet.',
  'Läkarintyg: generaliserad ångest, undviker sociala sammanhang.',
  'Läkarintyg: långvarig smärta i nacke och skuldror efter arbetsskada.',
];
/** Made-up pairing of codes with the texts above, in ICD-10-SE form. */
const DIAGNOSES = ['F32.1', 'M54.5', 'F43.8', 'F41.1', 'M79.1'];

const CAPACITY_SUMMARIES: Record<number, string> = {
  0: 'Ingen arbetsförmåga just nu; ny bedömning om tre månader.',
  25: 'Kan arbeta cirka tio timmar i veckan, korta pass i lugnt tempo.',
  50: 'Kan arbeta halvtid med anpassade arbetsuppgifter, helst förmiddagar.',
  75: 'Kan arbeta tre fjärdedelar av heltid med möjlighet till pauser.',
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A number derived from the person's fixed facts, so the seed is the same on every run. */
function derive(p: DemoPerson, salt: string): number {
  let h = 2166136261;
  for (const ch of `${salt}:${p.id}:${p.personnummer}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

function birthDate(p: DemoPerson): string {
  return `${p.personnummer.slice(0, 4)}-${p.personnummer.slice(4, 6)}-${p.personnummer.slice(6, 8)}`;
}

const SHOWCASE_IDS: readonly string[] = Object.values(SHOWCASE);

interface SeedPeriod {
  type: BenefitType;
  extent: number;
  start: string;
  end: string | null;
  certificate: string;
  diagnosis: string;
}

/**
 * Most people FK knows get a benefit period: people FK referred (long-term
 * sick) always, at a high extent; others usually. Some had
 * aktivitetsersättning in their late twenties, ending the day before they
 * turned 30 (within 20 years of enrolment); the rest have sjukpenning from
 * before enrolment, ending at discharge.
 */
function benefitPeriod(p: DemoPerson): SeedPeriod | null {
  const h = derive(p, 'benefit');
  const referred = p.entryRoute === 'FK';
  if (!referred && !SHOWCASE_IDS.includes(p.id) && h % 5 === 4) return null;
  const medical = {
    certificate: `${MEDICAL_DEMO_MARKER} ${CERTIFICATES[h % CERTIFICATES.length]!}`,
    diagnosis: DIAGNOSES[h % DIAGNOSES.length]!,
  };
  const extent = referred ? BENEFIT_EXTENTS[2 + (h % 2)]! : BENEFIT_EXTENTS[h % BENEFIT_EXTENTS.length]!;
  const born = birthDate(p);
  const thirtieth = `${Number(born.slice(0, 4)) + 30}${born.slice(4)}`;
  if (h % 3 === 0 && addDays(thirtieth, 365 * 20) > p.enrolledOn) {
    return {
      type: 'AKTIVITETSERSATTNING',
      extent,
      start: addDays(thirtieth, -3 * 365),
      end: addDays(thirtieth, -1),
      ...medical,
    };
  }
  const start = addDays(p.enrolledOn, -(30 + (h % 400)));
  return { type: 'SJUKPENNING', extent, start, end: p.dischargedOn, ...medical };
}

/** Some people have an assessment of work capacity from their first weeks in the programme. */
function workCapacity(p: DemoPerson): { assessedOn: string; capacity: number; summary: string; basis: string } | null {
  const h = derive(p, 'capacity');
  if (p.entryRoute !== 'FK' && !SHOWCASE_IDS.includes(p.id) && h % 3 !== 0) return null;
  const capacity = [0, 25, 50, 75][h % 4]!;
  return {
    assessedOn: addDays(p.enrolledOn, 21 + (h % 30)),
    capacity,
    summary: CAPACITY_SUMMARIES[capacity]!,
    basis: `${MEDICAL_DEMO_MARKER} Underlag: ${CERTIFICATES[h % CERTIFICATES.length]!} Bedömt tillsammans med behandlande läkare.`,
  };
}

/**
 * FK's part of the demo population: the people FK knows (those with 'FK'
 * in knownTo), FK's interventions and consents, benefit periods with
 * made-up certificate texts and diagnoses that never leave FK, work-capacity
 * assessments and FK's referrals into the programme. Deterministic.
 */
export async function seedFk(ds: DataSource, people: DemoPerson[]): Promise<boolean> {
  // The staff register first, and also into a demo database seeded before the register existed.
  await seedStaffRegister(ds, 'FK');
  if (await alreadySeeded(ds)) return false;
  const known = people.filter((p) => p.knownTo.includes('FK'));
  await ds.transaction(async (m) => {
    await seedCommon(m, 'FK', known);
    const periods = known.flatMap((p) => {
      const b = benefitPeriod(p);
      return b ? [[p.id, b.type, b.extent, b.start, b.end, b.certificate, b.diagnosis, 'seed']] : [];
    });
    await bulkInsert(
      m,
      'benefit_period',
      [
        'participant_id',
        'type',
        'extent_percent',
        'start_date',
        'end_date',
        'certificate_text',
        'diagnosis_code',
        'recorded_by',
      ],
      periods,
    );
    const assessments = known.flatMap((p) => {
      const w = workCapacity(p);
      return w ? [[p.id, w.assessedOn, w.capacity, w.summary, w.basis, 'seed']] : [];
    });
    await bulkInsert(
      m,
      'work_capacity_assessment',
      ['participant_id', 'assessed_on', 'capacity_percent', 'summary', 'medical_basis', 'recorded_by'],
      assessments,
    );
    await bulkInsert(
      m,
      'fk_referral',
      ['participant_id', 'referred_on', 'reason', 'recorded_by'],
      known
        .filter((p) => p.entryRoute === 'FK')
        .map((p) => [
          p.id,
          addDays(p.enrolledOn, -(7 + (derive(p, 'referral') % 21))),
          'Långvarig sjukskrivning; behöver samordnat stöd för att närma sig arbete.',
          'seed',
        ]),
    );
    // FK's employer work: its employers and work-training places, and the matches of the people it holds.
    await seedEmployerWork(m, 'FK', demoEmployerWork(people), new Set(known.map((p) => p.id)));
  });
  return true;
}
