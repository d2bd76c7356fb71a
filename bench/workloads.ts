/**
 * The benchmark's workloads: who asks what, with real signed tokens (one
 * per virtual caseworker), so that token checks, secrecy decisions and
 * audit writes are all part of every request.
 */
import { randomUUID } from 'node:crypto';
import { PERSONAS, seededRandom, signToken, type DemoPerson } from '@malmokraften/dev';
import type { Call, NextCall } from './load';

export const PLAN_QUERY = `query Plan($id: ID!) {
  participant(id: $id) {
    id
    name
    programme { status enrolledOn team { id name } goal { type description } nextFollowUp { scheduledAt } withheld { code } }
    jointPlan {
      items { intervention { id agency type title status startDate endDate extentPercent responsibleOfficer { name role agency } } parallelWith }
      withheld { agency code message }
      responsibleOfficers { name agency role }
    }
  }
}`;

export const CASELOAD_QUERY = `query Caseload($team: ID!, $first: Int!) {
  team(id: $team) {
    caseload(first: $first) {
      id
      name
      programme { status team { id } nextFollowUp { scheduledAt } }
      jointPlan { items { intervention { id agency title status startDate endDate } parallelWith } withheld { agency code } }
    }
  }
}`;

export const ADD_INTERVENTION = `mutation Add($input: AfInterventionInput!) { addAfIntervention(input: $input) { id status } }`;

/** Caseworkers on the teams, by demo persona, with the team they work in. */
export const CASEWORKERS: Array<{ persona: string; team: string }> = [
  { persona: 'af-t01', team: 'T01' },
  { persona: 'soc-t01', team: 'T01' },
  { persona: 'ams-t01', team: 'T01' },
  { persona: 'af-sius', team: 'T01' },
  { persona: 'fk-utredare', team: 'T11' },
  { persona: 'region-vsam', team: 'T02' },
  { persona: 'af-t02', team: 'T02' },
  { persona: 'soc-t02', team: 'T02' },
  { persona: 'ams-t02', team: 'T02' },
  { persona: 'af-other', team: 'T05' },
  { persona: 'soc-other', team: 'T05' },
  { persona: 'ams-other', team: 'T05' },
];

export interface VirtualUser {
  persona: string;
  team: string;
  org: string;
  authorization: string;
}

/** `n` virtual caseworkers, personas taken in turn, each with a token of its own (as each officer signs in). */
export async function virtualUsers(n: number, keyDir: string | undefined, from = CASEWORKERS): Promise<VirtualUser[]> {
  const users: VirtualUser[] = [];
  for (let i = 0; i < n; i++) {
    const cw = from[i % from.length]!;
    const p = PERSONAS[cw.persona]!;
    const token = await signToken(
      { sub: p.sub, name: p.name, org: p.org, roles: [...p.roles], teams: [...p.teams], jti: randomUUID() },
      { ...(keyDir ? { keyDir } : {}), expiresIn: '2h' },
    );
    users.push({ persona: cw.persona, team: cw.team, org: p.org, authorization: `Bearer ${token}` });
  }
  return users;
}

/** Ongoing participants by team. */
export function ongoingByTeam(people: DemoPerson[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const p of people) {
    if (p.dischargedOn) continue;
    const list = by.get(p.teamId) ?? [];
    list.push(p.id);
    by.set(p.teamId, list);
  }
  return by;
}

/** W1: one participant's joint plan, a caseworker of the person's team, a different person each time. */
export function w1(users: VirtualUser[], byTeam: Map<string, string[]>, seed = 1): NextCall {
  const r = seededRandom(seed);
  let turn = 0;
  return () => {
    const u = users[turn++ % users.length]!;
    const ids = byTeam.get(u.team) ?? [];
    const id = ids[Math.floor(r() * ids.length)]!;
    return { query: PLAN_QUERY, variables: { id }, authorization: u.authorization, participantIds: [id] };
  };
}

/** W2: a team's caseload of `first` with plans, by a member of the team. */
export function w2(users: VirtualUser[], caseloads: Map<string, string[]>, first: number): NextCall {
  let turn = 0;
  return () => {
    const u = users[turn++ % users.length]!;
    return {
      query: CASELOAD_QUERY,
      variables: { team: u.team, first },
      authorization: u.authorization,
      participantIds: caseloads.get(u.team) ?? [],
      representations: { Team: [{ __typename: 'Team', id: u.team }] },
    };
  };
}

const AF_TYPES = [
  'JOB_MATCHING',
  'LABOUR_MARKET_TRAINING',
  'WORK_EXPERIENCE_PLACEMENT',
  'WAGE_SUBSIDY',
  'NEW_START_JOB',
];

/**
 * W4: caseworkers at work, 90 % reads (a plan) and 10 % writes (AF's
 * officers add an intervention to a plan of their team). Every write has an
 * idempotency key of its own.
 */
export function w4(users: VirtualUser[], byTeam: Map<string, string[]>, seed = 4): NextCall {
  const r = seededRandom(seed);
  const read = w1(users, byTeam, seed + 1);
  const writers = users.filter((u) => u.org === 'AF');
  let turn = 0;
  return (): Call => {
    turn += 1;
    if (turn % 10 !== 0 || writers.length === 0) return read();
    const u = writers[Math.floor(r() * writers.length)]!;
    const ids = byTeam.get(u.team) ?? [];
    const id = ids[Math.floor(r() * ids.length)]!;
    const day = 1 + Math.floor(r() * 28);
    return {
      query: ADD_INTERVENTION,
      variables: {
        input: {
          participantId: id,
          type: AF_TYPES[Math.floor(r() * AF_TYPES.length)],
          title: 'Insats från belastningsprovet',
          status: 'PLANNED',
          startDate: `2027-02-${String(day).padStart(2, '0')}`,
        },
      },
      authorization: u.authorization,
      participantIds: [id],
      headers: { 'idempotency-key': randomUUID() },
    };
  };
}
