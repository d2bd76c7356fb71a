import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { agencyContext, AgencyRecords, type AgencyContext, withheldNotice, type Caller } from '@malmokraften/shared';
import { REGION_RULES, REGION_STAFF, regionOfficerCategory, type RegionCategory } from './secrecy/rules';
import { loadActivityNotes, REGION_CASELOAD_SQL } from './db/queries';
import { CARE_COORDINATOR_ROLE, careActivity } from './models';
import type { CareCoordinationView } from './generated/graphql';

/**
 * Region Skåne's records for one request. This is the only way resolvers
 * reach the region's person-level data: every method takes a participant,
 * asks the gate, and returns only what the region's rules release to this
 * caller. Loaders batch the lookups of many people into one statement each.
 * Diagnoses and journal notes have no method here: the service never reads
 * them.
 */
export class RegionRecords extends AgencyRecords<RegionCategory> {
  private readonly activityNotes: DataLoader<string, Map<string, string>>;

  constructor(ds: DataSource, caller: Caller) {
    super(
      ds,
      'REGION',
      {
        rules: REGION_RULES,
        staff: REGION_STAFF,
        officerCategory: regionOfficerCategory,
        caseloadSql: REGION_CASELOAD_SQL,
      },
      caller,
    );
    this.activityNotes = new DataLoader((ids) => loadActivityNotes(ds, ids));
  }

  /** The region's own view: the vårdsamordnare and the activities with their coordination notes. */
  async careCoordination(id: string): Promise<CareCoordinationView> {
    if (!(await this.gate.decide(id, 'CARE_DETAILS')).granted)
      return { withheld: withheldNotice('REGION'), careCoordinator: null, activities: [] };
    const [items, notes, facts] = await Promise.all([
      this.interventions.load(id),
      this.activityNotes.load(id),
      this.gate.personFacts(id),
    ]);
    const coordinator = facts.assignments.find((a) => a.role === CARE_COORDINATOR_ROLE);
    return {
      withheld: null,
      careCoordinator: coordinator
        ? { id: coordinator.officerId, name: coordinator.officerName, role: coordinator.role, agency: 'REGION' }
        : null,
      activities: items.map((i) => careActivity(i, notes.get(i.id) ?? null)),
    };
  }

  /** Whether a spärr is set; null for anyone the rules do not tell. */
  async sharingBlocked(id: string): Promise<boolean | null> {
    if (!(await this.gate.decide(id, 'SHARING_BLOCK')).granted) return null;
    return (await this.gate.personFacts(id)).participant?.sharingBlocked ?? null;
  }
}

export type Context = AgencyContext<'region', RegionRecords>;

export const createContext = (ds: DataSource) => agencyContext('region', (caller) => new RegionRecords(ds, caller));
