import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  agencyContext,
  AgencyRecords,
  type AgencyContext,
  EmployerWork,
  withheldNotice,
  type Caller,
  type RecordLoader,
} from '@malmokraften/shared';
import { loadProfiles, type ProfileRow } from './employer-work';
import { AF_RULES, AF_STAFF, afOfficerCategory, type AfCategory } from './secrecy/rules';
import {
  FOLLOW_UPS_READ,
  JOB_MATCHES_READ,
  loadOngoingCases,
  loadTeams,
  PARTICIPATIONS_READ,
  TEAM_OF_PARTICIPANT_READ,
  type FollowUpRow,
  type JobMatchRow,
  type ParticipationRow,
  type TeamRow,
  AF_CASELOAD_SQL,
} from './db/queries';

/**
 * AF's records for one request. This is the only way resolvers reach AF's
 * person-level data: every method takes a participant, asks the gate, and
 * returns only what AF's rules release to this caller. Loaders batch the
 * lookups of a whole caseload into one statement each; the records by
 * participant asked for in one tick share one statement (`RecordReads`).
 */
export class AfRecords extends AgencyRecords<AfCategory> {
  private readonly participations: RecordLoader<ParticipationRow | null>;
  private readonly followUps: RecordLoader<FollowUpRow[]>;
  private readonly jobMatches: RecordLoader<JobMatchRow[]>;
  /** The team each participant is on, read with the programme; it primes `teams`. */
  private readonly teamOf: RecordLoader<TeamRow | null>;
  readonly teams: DataLoader<string, TeamRow | null>;
  readonly ongoingCases: DataLoader<string, number>;
  /** AF's employer register, matches and placements (docs/employer-work.md). */
  readonly work: EmployerWork<AfCategory>;
  readonly profiles: DataLoader<string, ProfileRow | null>;

  constructor(ds: DataSource, caller: Caller) {
    super(
      ds,
      'AF',
      { rules: AF_RULES, staff: AF_STAFF, officerCategory: afOfficerCategory, caseloadSql: AF_CASELOAD_SQL },
      caller,
    );
    this.participations = this.reads.loader(PARTICIPATIONS_READ);
    this.followUps = this.reads.loader(FOLLOW_UPS_READ);
    this.jobMatches = this.reads.loader(JOB_MATCHES_READ);
    this.teamOf = this.reads.loader(TEAM_OF_PARTICIPANT_READ);
    this.teams = new DataLoader((ids) => loadTeams(ds, ids));
    this.ongoingCases = new DataLoader((ids) => loadOngoingCases(ds, ids));
    this.work = new EmployerWork<AfCategory>(this.gate, 'AF', 'JOB_MATCHES');
    this.profiles = new DataLoader((ids) => loadProfiles(ds, ids));
  }

  async name(id: string): Promise<string | null> {
    if (!(await this.gate.decide(id, 'NAME')).granted) return null;
    const identity = (await this.gate.personFacts(id)).identity;
    return identity ? `${identity.firstName} ${identity.lastName}` : null;
  }

  async personnummer(id: string): Promise<string | null> {
    if (!(await this.gate.decide(id, 'PERSONNUMMER')).granted) return null;
    return (await this.gate.personFacts(id)).identity?.personnummer ?? null;
  }

  async programme(id: string) {
    if (!(await this.gate.decide(id, 'PROGRAMME')).granted)
      return { withheld: withheldNotice('AF'), participation: null, followUps: [] as FollowUpRow[], teamId: null };
    const [participation, followUps, team, facts] = await Promise.all([
      this.participations.load(id),
      this.followUps.load(id),
      this.teamOf.load(id),
      this.gate.personFacts(id),
    ]);
    const teamId = facts.participant?.teamId ?? null;
    // The plan asks for the team's name: the team was read with the programme (the same team as the facts name, or not at all).
    if (team && team.id === teamId) this.teams.prime(team.id, team);
    return { withheld: null, participation, followUps, teamId };
  }

  async jobMatchList(id: string) {
    if (!(await this.gate.decide(id, 'JOB_MATCHES')).granted)
      return { withheld: withheldNotice('AF'), matches: [] as JobMatchRow[] };
    return { withheld: null, matches: await this.jobMatches.load(id) };
  }
}

export type Context = AgencyContext<'af', AfRecords>;

export const createContext = (ds: DataSource) => agencyContext('af', (caller) => new AfRecords(ds, caller));
