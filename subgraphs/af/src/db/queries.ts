import type { DataSource } from 'typeorm';
import { CASELOAD_LIMIT } from '@malmokraften/shared';

/** Batch reads of AF's tables; each returns results in the keys' order. */

export interface ParticipationRow {
  participantId: string;
  enrolledOn: string;
  entryRoute: 'AF' | 'SOCIAL_SERVICES' | 'FK';
  goalType: 'WORK' | 'STUDIES' | null;
  goalDescription: string | null;
  dischargedOn: string | null;
  outcome: string | null;
  version: number;
}

export async function loadParticipations(ds: DataSource, ids: readonly string[]): Promise<Array<ParticipationRow | null>> {
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT participant_id, to_char(enrolled_on, 'YYYY-MM-DD') AS enrolled_on, entry_route, goal_type, goal_description,
            to_char(discharged_on, 'YYYY-MM-DD') AS discharged_on, outcome, version
       FROM participation WHERE participant_id = ANY($1::text[])`,
    [ids],
  );
  const by = new Map(
    rows.map((r) => [
      r.participant_id as string,
      {
        participantId: r.participant_id as string,
        enrolledOn: r.enrolled_on as string,
        entryRoute: r.entry_route as ParticipationRow['entryRoute'],
        goalType: r.goal_type as ParticipationRow['goalType'],
        goalDescription: r.goal_description as string | null,
        dischargedOn: r.discharged_on as string | null,
        outcome: r.outcome as string | null,
        version: r.version as number,
      },
    ]),
  );
  return ids.map((id) => by.get(id) ?? null);
}

export interface FollowUpRow {
  id: string;
  participantId: string;
  scheduledAt: Date;
  heldAt: Date | null;
  agenda: string | null;
}

export async function loadFollowUps(ds: DataSource, ids: readonly string[]): Promise<FollowUpRow[][]> {
  const rows: Array<{ id: string; participant_id: string; scheduled_at: Date; held_at: Date | null; agenda: string | null }> = await ds.query(
    `SELECT id, participant_id, scheduled_at, held_at, agenda FROM follow_up
      WHERE participant_id = ANY($1::text[]) ORDER BY scheduled_at`,
    [ids],
  );
  const by = new Map<string, FollowUpRow[]>(ids.map((id) => [id, []]));
  for (const r of rows) by.get(r.participant_id)?.push({ id: r.id, participantId: r.participant_id, scheduledAt: r.scheduled_at, heldAt: r.held_at, agenda: r.agenda });
  return ids.map((id) => by.get(id) ?? []);
}

export interface JobMatchRow {
  id: string;
  employer: string;
  vacancyTitle: string;
  matchedOn: string;
  status: string;
}

export async function loadJobMatches(ds: DataSource, ids: readonly string[]): Promise<JobMatchRow[][]> {
  const rows: Array<{ id: string; participant_id: string; employer: string; vacancy_title: string; matched_on: string; status: string }> = await ds.query(
    `SELECT id, participant_id, employer, vacancy_title, to_char(matched_on, 'YYYY-MM-DD') AS matched_on, status
       FROM job_match WHERE participant_id = ANY($1::text[]) ORDER BY matched_on DESC`,
    [ids],
  );
  const by = new Map<string, JobMatchRow[]>(ids.map((id) => [id, []]));
  for (const r of rows) by.get(r.participant_id)?.push({ id: r.id, employer: r.employer, vacancyTitle: r.vacancy_title, matchedOn: r.matched_on, status: r.status });
  return ids.map((id) => by.get(id) ?? []);
}

export interface TeamRow {
  id: string;
  name: string;
  capacity: number;
  members: Array<{ id: string; name: string; role: string; agency: 'AF' | 'MALMO' | 'FK' | 'REGION' }>;
}

export async function loadTeams(ds: DataSource, ids: readonly string[]): Promise<Array<TeamRow | null>> {
  const rows: Array<{ id: string; name: string; capacity: number; members: TeamRow['members'] }> = await ds.query(
    `SELECT t.id, t.name, t.capacity,
            COALESCE((SELECT json_agg(json_build_object('id', m.officer_id, 'name', m.officer_name, 'role', m.role, 'agency', m.organisation)
                               ORDER BY m.organisation, m.role, m.officer_id)
                        FROM team_member m WHERE m.team_id = t.id), '[]') AS members
       FROM team t WHERE t.id = ANY($1::text[])`,
    [ids],
  );
  const by = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, capacity: r.capacity, members: r.members }]));
  return ids.map((id) => by.get(id) ?? null);
}

/**
 * Ongoing cases per team. Counting them reads every ongoing enrolment of
 * the team (thousands at national scale), so it is a loader of its own,
 * used only when `ongoingCases` is asked for, not with every team name.
 */
export async function loadOngoingCases(ds: DataSource, ids: readonly string[]): Promise<number[]> {
  const rows: Array<{ team_id: string; n: string }> = await ds.query(
    `SELECT p.team_id, count(*) AS n FROM participant p JOIN participation pa ON pa.participant_id = p.id
      WHERE p.team_id = ANY($1::text[]) AND pa.discharged_on IS NULL GROUP BY p.team_id`,
    [ids],
  );
  const by = new Map(rows.map((r) => [r.team_id, Number(r.n)]));
  return ids.map((id) => by.get(id) ?? 0);
}

/**
 * The people on team $1 whom AF has in the programme now, oldest enrolment
 * first: the candidates of the team's caseload (each is then released by
 * AF's KNOWN rule). The plan takes AF's list as the caseload.
 */
export const AF_CASELOAD_SQL = `SELECT p.id FROM participant p JOIN participation pa ON pa.participant_id = p.id
  WHERE p.team_id = $1 AND pa.discharged_on IS NULL ORDER BY pa.enrolled_on, p.id LIMIT ${CASELOAD_LIMIT}`;
