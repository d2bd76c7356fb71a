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
import { FK_RULES, FK_STAFF, fkOfficerCategory, type FkCategory } from './secrecy/rules';
import { FK_CASELOAD_SQL, loadBenefitPeriods, loadReferrals, loadWorkCapacityAssessments } from './db/queries';
import type {
  BenefitListModel,
  BenefitPeriodRow,
  ReferralModel,
  ReferralRow,
  WorkCapacityListModel,
  WorkCapacityRow,
} from './models';

/**
 * FK's records for one request. This is the only way resolvers reach FK's
 * person-level data: every method takes a participant, asks the gate, and
 * returns only what FK's rules release to this caller. Loaders batch the
 * lookups of a whole caseload into one statement each. Nothing here can
 * return the contents of a medical certificate or a diagnosis: no query
 * selects them and the database role may not read them.
 */
export class FkRecords extends AgencyRecords<FkCategory> {
  private readonly benefitPeriods: DataLoader<string, BenefitPeriodRow[]>;
  private readonly workCapacity: DataLoader<string, WorkCapacityRow[]>;
  private readonly referrals: DataLoader<string, ReferralRow | null>;
  /** FK's employer register (work-training places), matches and placements (docs/employer-work.md). */
  readonly work: EmployerWork<FkCategory>;

  constructor(ds: DataSource, caller: Caller) {
    super(
      ds,
      'FK',
      { rules: FK_RULES, staff: FK_STAFF, officerCategory: fkOfficerCategory, caseloadSql: FK_CASELOAD_SQL },
      caller,
    );
    this.benefitPeriods = new DataLoader((ids) => loadBenefitPeriods(ds, ids));
    this.workCapacity = new DataLoader((ids) => loadWorkCapacityAssessments(ds, ids));
    this.referrals = new DataLoader((ids) => loadReferrals(ds, ids));
    this.work = new EmployerWork<FkCategory>(this.gate, 'FK', 'MATCHES');
  }

  async benefitList(id: string): Promise<BenefitListModel> {
    if (!(await this.gate.decide(id, 'BENEFITS')).granted) return { withheld: withheldNotice('FK'), periods: [] };
    return { withheld: null, periods: await this.benefitPeriods.load(id) };
  }

  async workCapacityList(id: string): Promise<WorkCapacityListModel> {
    if (!(await this.gate.decide(id, 'WORK_CAPACITY')).granted)
      return { withheld: withheldNotice('FK'), assessments: [] };
    return { withheld: null, assessments: await this.workCapacity.load(id) };
  }

  /**
   * No referral reads the same as a withheld one: otherwise a team member
   * could tell whether FK knows the person at all, which is itself FK's
   * secret (the person may be on sick leave).
   */
  async referral(id: string): Promise<ReferralModel> {
    const granted = (await this.gate.decide(id, 'REFERRAL')).granted;
    const row = granted ? await this.referrals.load(id) : null;
    return row ? { withheld: null, referredOn: row.referredOn } : { withheld: withheldNotice('FK'), referredOn: null };
  }
}

export type Context = AgencyContext<'fk', FkRecords>;

export const createContext = (ds: DataSource) => agencyContext('fk', (caller) => new FkRecords(ds, caller));
