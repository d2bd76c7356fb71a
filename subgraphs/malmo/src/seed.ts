import type { DataSource } from 'typeorm';
import { type Party } from '@malmokraften/shared';
import {
  alreadySeeded,
  seedStaffRegister,
  bulkInsert,
  demoAssignee,
  demoEmployerWork,
  insertConsents,
  PERSONAS,
  seedCommon,
  seedEmployerWork,
  type DemoPerson,
} from '@malmokraften/dev';

const NOTES = [
  'Utredning enligt 4 kap. 1 § SoL. Planering mot egen försörjning genom Malmökraften.',
  'Ansökan beviljad efter utredning av hushållets inkomster och utgifter.',
  'Deltar i planering via Malmökraften; uppföljning vid nästa ansökan.',
];

/** The team's arbetsmarknadssekreterare, if the demo personas have one. */
function labourMarketSecretary(teamId: string) {
  const p = Object.values(PERSONAS).find(
    (x) => x.org === 'MALMO' && x.roles.includes('ARBETSMARKNADSSEKRETERARE') && x.teams.includes(teamId),
  );
  return p ? { officerId: p.sub, name: p.name, role: 'ARBETSMARKNADSSEKRETERARE' } : null;
}

/**
 * Consents between the city's own parts. The demo population's consents to
 * Malmö name only the other agencies; a person who consented to everything
 * also lets social services share the status with the labour-market unit,
 * and the labour-market unit share interventions with social services, on
 * the same terms.
 */
function internalConsents(
  p: DemoPerson,
): Array<{ recipient: Party; categories: string[]; validFrom: string; validTo: string | null; withdrawn: boolean }> {
  const given = p.consents.find((c) => c.agency === 'MALMO');
  if (!given) return [];
  const terms = { validFrom: given.validFrom, validTo: given.validTo, withdrawn: given.withdrawn };
  return [
    { recipient: 'MALMO_LABOUR_MARKET', categories: ['SOCIAL_ASSISTANCE_STATUS'], ...terms },
    { recipient: 'MALMO_SOCIAL_SERVICES', categories: ['INTERVENTIONS', 'MATCHES'], ...terms },
  ];
}

/**
 * Malmö stad's part of the demo population: the people the city knows, its
 * officers' assignments, consents, municipal interventions and the periods
 * of social assistance (försörjningsstöd).
 */
export async function seedMalmo(ds: DataSource, people: DemoPerson[]): Promise<boolean> {
  // The staff register first, and also into a demo database seeded before the register existed.
  await seedStaffRegister(ds, 'MALMO');
  if (await alreadySeeded(ds)) return false;
  const known = people.filter((p) => p.knownTo.includes('MALMO'));
  await ds.transaction(async (m) => {
    await seedCommon(m, 'MALMO', known);
    await bulkInsert(
      m,
      'assignment',
      ['participant_id', 'officer_id', 'officer_name', 'role'],
      known.flatMap((p) => {
        const ams = labourMarketSecretary(p.teamId);
        if (!ams || ams.officerId === demoAssignee('MALMO', p.teamId).officerId) return [];
        return [[p.id, ams.officerId, ams.name, ams.role]];
      }),
    );
    await insertConsents(
      m,
      known.flatMap((p) => internalConsents(p).map((c) => ({ participantId: p.id, ...c }))),
    );
    await bulkInsert(
      m,
      'social_assistance_period',
      [
        'participant_id',
        'start_date',
        'end_date',
        'monthly_amount',
        'household_size',
        'investigation_notes',
        'recorded_by',
      ],
      known.flatMap((p, i) => {
        const s = p.socialAssistance;
        if (!s) return [];
        return [[p.id, s.from, s.to, s.monthlyAmount.toFixed(2), s.householdSize, NOTES[i % NOTES.length]!, 'seed']];
      }),
    );
    // The city's own record of each person's participation, as its officers noted it at enrolment and discharge.
    await bulkInsert(
      m,
      'programme_participation',
      ['participant_id', 'enrolled_on', 'discharged_on', 'gender', 'recorded_by'],
      known.map((p) => [p.id, p.enrolledOn, p.dischargedOn, p.gender, 'seed']),
    );
    // The city's employer work: its employers, recruitments and placements, and the matches of the people it holds.
    await seedEmployerWork(m, 'MALMO', demoEmployerWork(people), new Set(known.map((p) => p.id)));
  });
  return true;
}
