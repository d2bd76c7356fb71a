/** What AF's resolvers pass between them. */
export interface ParticipantRef {
  id: string;
}
export interface TeamRef {
  id: string;
}

export const AF_INTERVENTION_TYPES = [
  'JOB_MATCHING',
  'LABOUR_MARKET_TRAINING',
  'WORK_EXPERIENCE_PLACEMENT',
  'WAGE_SUBSIDY',
  'NEW_START_JOB',
  'SUPPORTED_EMPLOYMENT',
  'REHAB_COOPERATION',
] as const;

import type { WithheldNotice } from '@malmokraften/shared';
import type { FollowUpRow, ParticipationRow } from './db/queries';

export interface ProgrammeModel {
  withheld: WithheldNotice | null;
  participation: ParticipationRow | null;
  followUps: FollowUpRow[];
  teamId: string | null;
}
