/**
 * The query plans of the lookups the workloads make, on the national-scale
 * databases: every statement a plan, a caseload or a write sends, with
 * parameters of a real participant or team. The statements are the ones in
 * the agencies' code (facts for the access decision, interventions, AF's
 * programme facts, follow-ups, the caseload, the audit chain head).
 */
import { Client } from 'pg';
import { AGENCIES, type Agency } from '@malmokraften/shared';
import { databaseUrl } from '@malmokraften/dev';

interface Lookup {
  agency: Agency;
  what: string;
  sql: string;
  params: (ctx: { ids: string[]; team: string }) => unknown[];
}

const FACTS = `SELECT p.id, p.personnummer, p.first_name, p.last_name, p.protected_identity, p.sharing_blocked, p.team_id,
  COALESCE((SELECT json_agg(json_build_object('officer_id', a.officer_id, 'officer_name', a.officer_name, 'role', a.role) ORDER BY a.role, a.officer_id)
            FROM assignment a WHERE a.participant_id = p.id), '[]') AS assignments,
  COALESCE((SELECT json_agg(json_build_object('recipient_party', c.recipient_party, 'categories', c.categories))
            FROM consent c WHERE c.participant_id = p.id), '[]') AS consents
  FROM participant p WHERE p.id = ANY($1::text[])`;
const INTERVENTIONS = `SELECT id, participant_id, type, title, status, start_date, end_date FROM intervention
  WHERE participant_id = ANY($1::text[]) ORDER BY start_date NULLS LAST, id`;

const LOOKUPS: Lookup[] = [
  ...AGENCIES.flatMap((agency): Lookup[] => [
    {
      agency,
      what: 'facts for the access decision (person, assignments, consents), 100 participants',
      sql: FACTS,
      params: ({ ids }) => [ids],
    },
    { agency, what: 'interventions of 100 participants', sql: INTERVENTIONS, params: ({ ids }) => [ids] },
    {
      agency,
      what: 'audit chain head (locked per request that writes the log)',
      sql: `SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1`,
      params: () => [agency],
    },
  ]),
  {
    agency: 'AF',
    what: "a team's caseload of 100 (ongoing, oldest enrolment first)",
    sql: `SELECT p.id FROM participant p JOIN participation pa ON pa.participant_id = p.id
           WHERE p.team_id = $1 AND pa.discharged_on IS NULL ORDER BY pa.enrolled_on, p.id LIMIT $2`,
    params: ({ team }) => [team, 100],
  },
  {
    agency: 'AF',
    what: 'programme facts of 100 participants',
    sql: `SELECT participant_id, enrolled_on, entry_route, goal_type, discharged_on, outcome, version FROM participation WHERE participant_id = ANY($1::text[])`,
    params: ({ ids }) => [ids],
  },
  {
    agency: 'AF',
    what: 'follow-ups of 100 participants',
    sql: `SELECT id, participant_id, scheduled_at, held_at, agenda FROM follow_up WHERE participant_id = ANY($1::text[]) ORDER BY scheduled_at`,
    params: ({ ids }) => [ids],
  },
  {
    agency: 'AF',
    what: 'W3: people enrolled per month, by gender and entry route (an aggregate over everyone: a sequential scan is the plan)',
    sql: `SELECT to_char(p.enrolled_on, 'YYYY-MM') AS m, p.gender AS r, p.entry_route AS c, count(*)::int AS n
            FROM participation p LEFT JOIN participant pt ON pt.id = p.participant_id
           WHERE p.enrolled_on >= '2024-01-01' AND p.enrolled_on <= $1::date GROUP BY 1, 2, 3`,
    params: () => ['2026-11-25'],
  },
  {
    agency: 'MALMO',
    what: 'W3: social assistance on the day after discharge, once per discharged person with assistance at enrolment',
    sql: `SELECT to_char(mp.discharged_on, 'YYYY-MM') AS m, mp.gender AS r,
                 CASE WHEN EXISTS (SELECT 1 FROM social_assistance_period s WHERE s.participant_id = mp.participant_id
                                      AND s.start_date <= mp.discharged_on + 1 AND (s.end_date IS NULL OR s.end_date >= mp.discharged_on + 1))
                      THEN 'STILL_RECEIVING' ELSE 'LEFT' END AS c, count(*)::int AS n
            FROM programme_participation mp
           WHERE mp.discharged_on IS NOT NULL AND mp.discharged_on <= $1::date
             AND EXISTS (SELECT 1 FROM social_assistance_period s WHERE s.participant_id = mp.participant_id
                            AND s.start_date <= mp.enrolled_on AND (s.end_date IS NULL OR s.end_date >= mp.enrolled_on))
           GROUP BY 1, 2, 3`,
    params: () => ['2026-11-25'],
  },
  {
    agency: 'AF',
    what: "team facts (name, capacity, members) for the plan's team",
    sql: `SELECT t.id, t.name, t.capacity,
                 COALESCE((SELECT json_agg(json_build_object('id', m.officer_id, 'role', m.role)) FROM team_member m WHERE m.team_id = t.id), '[]') AS members
            FROM team t WHERE t.id = ANY($1::text[])`,
    params: ({ team }) => [[team]],
  },
];

/** EXPLAIN ANALYZE of each lookup, as Markdown lines; flags any sequential scan of a table that has more than a few rows. */
export async function explainLookups(
  adminUrl: string,
  database: (a: Agency) => string,
  byTeam: Map<string, string[]>,
): Promise<string[]> {
  const team = 'T01';
  const ids = (byTeam.get(team) ?? []).slice(0, 100);
  const lines: string[] = [];
  const clients = new Map<Agency, Client>();
  try {
    for (const l of LOOKUPS) {
      let c = clients.get(l.agency);
      if (!c) {
        c = new Client({ connectionString: databaseUrl(adminUrl, database(l.agency)) });
        await c.connect();
        clients.set(l.agency, c);
      }
      const r = await c.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${l.sql}`,
        l.params({ ids, team }),
      );
      // The plans print the 100 ids in full; one mark in their place keeps them readable.
      const plan = r.rows.map((x) =>
        x['QUERY PLAN'].replace(/'\{P-[^}]*\}'/g, (m) => `'{${m.split(',').length} ids}'`),
      );
      const seq = l.what.startsWith('W3')
        ? []
        : plan.filter(
            (p) => /Seq Scan on (\w+)/.test(p) && !/Seq Scan on (team|team_member|audit_chain_head)\b/.test(p),
          );
      lines.push('');
      lines.push(`${l.agency}: ${l.what}${seq.length ? '  ← sequential scan' : ''}`);
      lines.push('```');
      lines.push(...plan);
      lines.push('```');
    }
  } finally {
    await Promise.all(Array.from(clients.values()).map((c) => c.end()));
  }
  return lines;
}
