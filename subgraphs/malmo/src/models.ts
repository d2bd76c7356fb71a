import type { WithheldNotice } from '@malmokraften/shared';
import type { SocialAssistancePeriodRow } from './db/queries';
import { MalmoInterventionTypeValues } from './generated/enum-values';

/** What Malmö's resolvers pass between them. */
export interface ParticipantRef {
  id: string;
}

/**
 * The root codegen configuration maps these for every subgraph and the
 * generated file imports them; Malmö's schema has neither a Team nor a
 * ProgrammeRecord type, so they are never used here.
 */

/** Malmö stad's toolbox of municipal interventions (kommunala insatser). */
export const MALMO_INTERVENTION_TYPES = MalmoInterventionTypeValues;

export interface SocialAssistanceStatusModel {
  withheld: WithheldNotice | null;
  receives: boolean | null;
  since: string | null;
}

export interface SocialAssistanceDetailsModel {
  withheld: WithheldNotice | null;
  periods: SocialAssistancePeriodRow[];
}
