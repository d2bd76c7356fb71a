import type { DataSource } from 'typeorm';
import { CASELOAD_LIMIT, type RecordRead } from '@malmokraften/shared';

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

const PARTICIPATION_COLUMNS = `participant_id, to_char(enrolled_on, 'YYYY-MM-DD') AS enrolled_on, entry_route, goal_type, goal_description,
            to_char(discharged_on, 'YYYY-MM-DD') AS discharged_on, outcome, version`;

function participationsInOrder(
  rows: Array<Record<string, unknown>>,
  ids: readonly string[],
): Array<ParticipationRow | null> {
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

/**
 * AF's records by participant as kinds of the request's `RecordReads`: the
 * kinds a request asks for in one tick (a plan's programme, follow-ups,
 * interventions and team) come in one statement. JSON gives the rows: every
 * column is text, a number or JSON already, but for the follow-ups' times.
 */
export const PARTICIPATIONS_READ: RecordRead<ParticipationRow | null> = {
  sql: (keys) => `SELECT ${PARTICIPATION_COLUMNS} FROM participation WHERE participant_id = ANY(${keys})`,
  answer: (rows: Array<Record<string, unknown>>, ids) => participationsInOrder(rows, ids),
};

export const FOLLOW_UPS_READ: RecordRead<FollowUpRow[]> = {
  sql: (keys) =>
    `SELECT id, participant_id, scheduled_at, held_at, agenda FROM follow_up WHERE participant_id = ANY(${keys})`,
  orderBy: 'r.scheduled_at',
  answer(
    rows: Array<{
      id: string;
      participant_id: string;
      scheduled_at: string;
      held_at: string | null;
      agenda: string | null;
    }>,
    ids,
  ) {
    const by = new Map<string, FollowUpRow[]>(ids.map((id) => [id, []]));
    for (const r of rows)
      by.get(r.participant_id)?.push({
        id: r.id,
        participantId: r.participant_id,
        scheduledAt: new Date(r.scheduled_at),
        heldAt: r.held_at === null ? null : new Date(r.held_at),
        agenda: r.agenda,
      });
    return ids.map((id) => by.get(id) ?? []);
  },
};

export const JOB_MATCHES_READ: RecordRead<JobMatchRow[]> = {
  sql: (keys) =>
    `SELECT id, participant_id, employer, vacancy_title, to_char(matched_on, 'YYYY-MM-DD') AS matched_on, status FROM job_match WHERE participant_id = ANY(${keys})`,
  orderBy: 'r.matched_on DESC',
  answer(
    rows: Array<{
      id: string;
      participant_id: string;
      employer: string;
      vacancy_title: string;
      matched_on: string;
      status: string;
    }>,
    ids,
  ) {
    const by = new Map<string, JobMatchRow[]>(ids.map((id) => [id, []]));
    for (const r of rows)
      by.get(r.participant_id)?.push({
        id: r.id,
        employer: r.employer,
        vacancyTitle: r.vacancy_title,
        matchedOn: r.matched_on,
        status: r.status,
      });
    return ids.map((id) => by.get(id) ?? []);
  },
};

const TEAM_MEMBERS = `COALESCE((SELECT json_agg(json_build_object('id', m.officer_id, 'name', m.officer_name, 'role', m.role, 'agency', m.organisation)
                               ORDER BY m.organisation, m.role, m.officer_id)
                        FROM team_member m WHERE m.team_id = t.id), '[]')`;

/**
 * The team each participant is on, read with the programme so that the
 * plan's `team { name }` needs no statement of its own (the teams' loader
 * is primed with it). A team is no person-level record; each comes once.
 */
export const TEAM_OF_PARTICIPANT_READ: RecordRead<TeamRow | null> = {
  sql: (keys) => `SELECT t.id, t.name, t.capacity, ${TEAM_MEMBERS} AS members, array_agg(p.id) AS participant_ids
                    FROM participant p JOIN team t ON t.id = p.team_id WHERE p.id = ANY(${keys}) GROUP BY t.id`,
  answer(
    rows: Array<{ id: string; name: string; capacity: number; members: TeamRow['members']; participant_ids: string[] }>,
    ids,
  ) {
    const by = new Map<string, TeamRow>();
    for (const r of rows)
      for (const p of r.participant_ids)
        by.set(p, { id: r.id, name: r.name, capacity: r.capacity, members: r.members });
    return ids.map((id) => by.get(id) ?? null);
  },
};

export interface FollowUpRow {
  id: string;
  participantId: string;
  scheduledAt: Date;
  heldAt: Date | null;
  agenda: string | null;
}

export interface JobMatchRow {
  id: string;
  employer: string;
  vacancyTitle: string;
  matchedOn: string;
  status: string;
}

export interface TeamRow {
  id: string;
  name: string;
  capacity: number;
  members: Array<{ id: string; name: string; role: string; agency: 'AF' | 'MALMO' | 'FK' | 'REGION' }>;
}

export async function loadTeams(ds: DataSource, ids: readonly string[]): Promise<Array<TeamRow | null>> {
  const rows: Array<{ id: string; name: string; capacity: number; members: TeamRow['members'] }> = await ds.query(
    `SELECT t.id, t.name, t.capacity, ${TEAM_MEMBERS} AS members FROM team t WHERE t.id = ANY($1::text[])`,
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
