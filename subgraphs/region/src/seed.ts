import type { DataSource } from 'typeorm';
import {
  alreadySeeded,
  seedStaffRegister,
  bulkInsert,
  demoAssignee,
  seedCommon,
  type DemoPerson,
} from '@malmokraften/dev';
import { CARE_ACTIVITY_TYPES } from './models';

/**
 * Made-up diagnoses and journal notes for the demo people. They exist so
 * that tests can show that they never leave the region; no real person or
 * record is described.
 */
const CLINICAL: Array<[string, string]> = [
  ['F32.1', 'Medelsvår depressiv episod. Sömnsvårigheter, nedstämdhet. Uppföljning om fyra veckor.'],
  ['F43.8A', 'Utmattningssyndrom. Successiv upptrappning av aktivitet, stödsamtal planerade.'],
  ['M54.5', 'Ländryggssmärta sedan flera år. Remiss till fysioterapeut.'],
  ['F41.1', 'Generaliserat ångestsyndrom. Samtalsbehandling pågår.'],
  ['M79.7', 'Fibromyalgi. FYSS-recept med promenader tre gånger i veckan.'],
  ['E11.9', 'Typ 2-diabetes utan komplikationer. Kostråd givna.'],
  ['G47.0', 'Insomni. Sömnskola erbjuden.'],
  ['J45.9', 'Astma, välkontrollerad med nuvarande behandling.'],
];

/** Coordination notes (no clinical content) for the region's activities, by kind. */
const COORDINATION: Record<(typeof CARE_ACTIVITY_TYPES)[number], string> = {
  SUPPORT_CONVERSATION: 'Samtal varannan vecka på vårdcentralen; nästa tid bokad.',
  FYSS_PRESCRIPTION: 'FYSS-recept lämnat; uppföljning med fysioterapeut efter sex veckor.',
  PHYSIOTHERAPY: 'Tider hos fysioterapeut bokade; deltagaren vill ha förmiddagar.',
  MEDICAL_STATEMENT_HELP: 'Genomgång av läkarintyget tillsammans med deltagaren.',
  CONTACT_WITH_DOCTOR: 'Kontakt tagen med läkaren och rehabkoordinatorn.',
  CARE_COORDINATION: 'Samordning med teamet inför nästa uppföljning.',
};

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** Region Skåne's part of the demo population: its register, assignments, consents, activities and clinical notes. */
export async function seedRegion(ds: DataSource, people: DemoPerson[]): Promise<boolean> {
  // The staff register first, and also into a demo database seeded before the register existed.
  await seedStaffRegister(ds, 'REGION');
  if (await alreadySeeded(ds)) return false;
  const known = people.filter((p) => p.knownTo.includes('REGION'));
  await ds.transaction(async (m) => {
    await seedCommon(m, 'REGION', known);
    const activities: Array<{ id: string; type: keyof typeof COORDINATION; responsible_officer_id: string }> =
      await m.query(
        'SELECT id, type, responsible_officer_id FROM intervention ORDER BY participant_id, start_date, type',
      );
    await bulkInsert(
      m,
      'care_activity_note',
      ['intervention_id', 'note', 'written_by'],
      activities.map((a) => [a.id, COORDINATION[a.type], a.responsible_officer_id]),
    );
    await bulkInsert(
      m,
      'clinical_note',
      ['participant_id', 'diagnosis_code', 'note', 'written_at', 'written_by'],
      known.flatMap((p) => {
        const first = hash(p.id) % CLINICAL.length;
        const writer = demoAssignee('REGION', p.teamId).officerId;
        return [0, 3].map((k, i) => {
          const [code, note] = CLINICAL[(first + k) % CLINICAL.length]!;
          return [p.id, code, note, `${p.enrolledOn}T${String(9 + i).padStart(2, '0')}:30:00+01:00`, writer];
        });
      }),
    );
  });
  return true;
}
