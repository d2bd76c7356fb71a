import { CareActivityTypeValues } from './generated/enum-values';

/** What Region Skåne's resolvers pass between them. */
export interface ParticipantRef {
  id: string;
}

/**
 * The root codegen maps these types for every subgraph and imports the
 * mapper names even where the schema has no such type. Region Skåne has no
 * teams or programme records of its own, so nothing can have these types.
 */

/** Region Skåne's toolbox: the kinds of care-coordination activity. */
export const CARE_ACTIVITY_TYPES = CareActivityTypeValues;
export type CareActivityKind = (typeof CARE_ACTIVITY_TYPES)[number];

export function isCareActivityType(value: string): value is CareActivityKind {
  return (CARE_ACTIVITY_TYPES as readonly string[]).includes(value);
}

/** The role an officer holds as the person's care coordinator. */
export const CARE_COORDINATOR_ROLE = 'VARDSAMORDNARE';

import type { InterventionRow } from '@malmokraften/shared';
import type { CareActivity } from './generated/graphql';

/** One of the region's intervention rows with its coordination note, as the region's own view shows it. */
export function careActivity(row: InterventionRow, coordinationNote: string | null): CareActivity {
  if (!isCareActivityType(row.type)) throw new Error(`unknown care activity type ${row.type}`);
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    extentPercent: row.extentPercent,
    responsibleOfficer: row.responsibleOfficer,
    coordinationNote,
    version: row.version,
  };
}
