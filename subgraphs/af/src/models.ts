import { AfInterventionTypeValues } from './generated/enum-values';

/** What AF's resolvers pass between them. */
export interface ParticipantRef {
  id: string;
}
export interface TeamRef {
  id: string;
}

export const AF_INTERVENTION_TYPES = AfInterventionTypeValues;

import type { WithheldNotice } from '@malmokraften/shared';
import type { FollowUpRow, ParticipationRow } from './db/queries';

export interface ProgrammeModel {
  withheld: WithheldNotice | null;
  participation: ParticipationRow | null;
  followUps: FollowUpRow[];
  teamId: string | null;
}
