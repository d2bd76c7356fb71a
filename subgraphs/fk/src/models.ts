import type { WithheldNotice } from '@malmokraften/shared';
import { FkBenefitTypeValues, FkInterventionTypeValues } from './generated/enum-values';

/** What FK's resolvers pass between them. */
export interface ParticipantRef {
  id: string;
}

/**
 * The shared code generator maps Team and ProgrammeRecord in every
 * subgraph. FK's schema has neither (AF owns the programme facts), so
 * these names exist only to satisfy the generated import.
 */

/** FK's toolbox: the kinds of intervention FK adds to the joint plan. */
export const FK_INTERVENTION_TYPES = FkInterventionTypeValues;

/** Benefits FK pays that matter to the plan. */
export const BENEFIT_TYPES = FkBenefitTypeValues;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

/** Benefits are paid in quarter steps of full benefit. */
export const BENEFIT_EXTENTS = [25, 50, 75, 100] as const;

/** A benefit period as FK releases it: type and extent, never the medical grounds. */
export interface BenefitPeriodRow {
  id: string;
  participantId: string;
  type: BenefitType;
  extentPercent: number;
  start: string;
  end: string | null;
  version: number;
}

/** An assessment of work capacity (arbetsförmåga) as FK releases it: no medical basis. */
export interface WorkCapacityRow {
  id: string;
  participantId: string;
  assessedOn: string;
  capacityPercent: number;
  summary: string;
}

/** FK's referral of the person into the programme: the date only, never the reason. */
export interface ReferralRow {
  participantId: string;
  referredOn: string;
}

export interface BenefitListModel {
  withheld: WithheldNotice | null;
  periods: BenefitPeriodRow[];
}

export interface WorkCapacityListModel {
  withheld: WithheldNotice | null;
  assessments: WorkCapacityRow[];
}

export interface ReferralModel {
  withheld: WithheldNotice | null;
  referredOn: string | null;
}
