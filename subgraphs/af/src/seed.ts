import type { DataSource } from 'typeorm';
import {
  alreadySeeded,
  seedStaffRegister,
  bulkInsert,
  DEMO_TEAMS,
  demoEmployerWork,
  demoTeamMembers,
  seedCommon,
  seedEmployerWork,
  type DemoPerson,
} from '@malmokraften/dev';

/** AF's part of the demo population: teams, enrolments, AF's interventions and consents. */
export async function seedAf(ds: DataSource, people: DemoPerson[], opts: { teamCapacity: number }): Promise<boolean> {
  // The staff register first, and also into a demo database seeded before the register existed.
  await seedStaffRegister(ds, 'AF');
  if (await alreadySeeded(ds)) return false;
  await ds.transaction(async (m) => {
    await bulkInsert(
      m,
      'team',
      ['id', 'name', 'capacity', 'includes_fk'],
      DEMO_TEAMS.map((t) => [t.id, t.name, opts.teamCapacity, t.includesFk]),
    );
    await bulkInsert(
      m,
      'team_member',
      ['team_id', 'officer_id', 'officer_name', 'organisation', 'role'],
      demoTeamMembers().map((t) => [t.teamId, t.officerId, t.name, t.organisation, t.role]),
    );
    await seedCommon(m, 'AF', people);
    await bulkInsert(
      m,
      'participation',
      [
        'participant_id',
        'enrolled_on',
        'entry_route',
        'gender',
        'birth_date',
        'born_outside_europe',
        'months_without_work',
        'social_assistance_at_enrolment',
        'goal_type',
        'goal_description',
        'discharged_on',
        'outcome',
      ],
      people.map((p) => [
        p.id,
        p.enrolledOn,
        p.entryRoute,
        p.gender,
        `${p.personnummer.slice(0, 4)}-${p.personnummer.slice(4, 6)}-${p.personnummer.slice(6, 8)}`,
        p.bornOutsideEurope,
        p.monthsWithoutWork,
        p.socialAssistance !== null && p.socialAssistance.from <= p.enrolledOn,
        p.id.charCodeAt(5) % 3 === 0 ? 'STUDIES' : 'WORK',
        p.id.charCodeAt(5) % 3 === 0 ? 'Komvux och sedan yrkesutbildning' : 'Anställning inom service eller lager',
        p.dischargedOn,
        p.outcome,
      ]),
    );
    await bulkInsert(
      m,
      'follow_up',
      ['participant_id', 'scheduled_at', 'held_at', 'agenda', 'created_by'],
      people.flatMap((p) =>
        p.followUps.map((f) => [p.id, f.scheduledAt, f.held ? f.scheduledAt : null, 'Uppföljning av planen', 'seed']),
      ),
    );
    // AF's employer work: its employers, orders and matches, and the job-seeker profiles (dev/src/demo/employers.ts).
    const work = demoEmployerWork(people);
    await seedEmployerWork(m, 'AF', work, new Set(people.map((p) => p.id)));
    await bulkInsert(
      m,
      'job_seeker_profile',
      ['participant_id', 'swedish_level', 'driving_licence', 'hours_percent', 'area', 'occupations', 'recorded_by'],
      work.profiles.map((p) => [
        p.participantId,
        p.swedishLevel,
        p.drivingLicence,
        p.hoursPercent,
        p.area,
        p.occupations,
        'seed',
      ]),
    );
  });
  return true;
}
