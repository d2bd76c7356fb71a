import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  agencyContext,
  AgencyRecords,
  type AgencyContext,
  EmployerWork,
  withheldNotice,
  type Caller,
} from '@malmokraften/shared';
import { MALMO_RULES, MALMO_STAFF, malmoOfficerCategory, type MalmoCategory } from './secrecy/rules';
import { loadSocialAssistancePeriods, MALMO_CASELOAD_SQL, type SocialAssistancePeriodRow } from './db/queries';
import { socialAssistanceOn } from './social-assistance';
import type { SocialAssistanceDetailsModel, SocialAssistanceStatusModel } from './models';

/**
 * Malmö stad's records for one request. This is the only way resolvers
 * reach the city's person-level data: every method takes a participant,
 * asks the gate, and returns only what Malmö's rules release to this
 * caller. Loaders batch the lookups of a whole caseload into one statement
 * each.
 */
export class MalmoRecords extends AgencyRecords<MalmoCategory> {
  private readonly periods: DataLoader<string, SocialAssistancePeriodRow[]>;
  /** The city's employer register, matches and placements (docs/employer-work.md). */
  readonly work: EmployerWork<MalmoCategory>;

  constructor(ds: DataSource, caller: Caller) {
    super(
      ds,
      'MALMO',
      {
        rules: MALMO_RULES,
        staff: MALMO_STAFF,
        officerCategory: malmoOfficerCategory,
        caseloadSql: MALMO_CASELOAD_SQL,
      },
      caller,
    );
    this.periods = new DataLoader((ids) => loadSocialAssistancePeriods(ds, ids));
    this.work = new EmployerWork<MalmoCategory>(this.gate, 'MALMO', 'MATCHES');
  }

  /** Only whether a period covers today and since when; the periods themselves stay here. */
  async socialAssistance(id: string): Promise<SocialAssistanceStatusModel> {
    if (!(await this.gate.decide(id, 'SOCIAL_ASSISTANCE_STATUS')).granted)
      return { withheld: withheldNotice('MALMO'), receives: null, since: null };
    const { receives, since } = socialAssistanceOn(await this.periods.load(id), this.today);
    return { withheld: null, receives, since };
  }

  async socialAssistanceDetails(id: string): Promise<SocialAssistanceDetailsModel> {
    if (!(await this.gate.decide(id, 'SOCIAL_ASSISTANCE_DETAILS')).granted)
      return { withheld: withheldNotice('MALMO'), periods: [] };
    return { withheld: null, periods: await this.periods.load(id) };
  }

  /** Forget what this request loaded about the person, after it changed their records. */
  override refresh(id: string): void {
    super.refresh(id);
    this.periods.clear(id);
  }
}

export type Context = AgencyContext<'malmo', MalmoRecords>;

export const createContext = (ds: DataSource) => agencyContext('malmo', (caller) => new MalmoRecords(ds, caller));
