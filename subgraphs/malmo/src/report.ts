import { aggregateAtSource, GENDERS, reportFor, sharesOf, withInterventionMeasure, type MeasureSpec, type ReportRef, type SplitSpec } from '@malmokraften/shared';
import { MALMO_INTERVENTION_TYPES } from './models';
import type { MalmoMeasure, QueryResolvers, ReportResolvers } from './generated/graphql';

/**
 * Malmö stad's figures, over the city's own records: its record of each
 * person's participation (`programme_participation`, the dates Malmö
 * recorded itself) and social services' periods of försörjningsstöd. It
 * asks no other agency for anything (docs/REPORT-DEFINITIONS.md,
 * SOCIAL_ASSISTANCE_LEFT).
 */

/** A period of social assistance covers the day (start ≤ day ≤ end, or still open). */
const assistanceOn = (day: string) =>
  `EXISTS (SELECT 1 FROM social_assistance_period s
            WHERE s.participant_id = mp.participant_id AND s.start_date <= ${day} AND (s.end_date IS NULL OR s.end_date >= ${day}))`;

/** LEFT when no assistance covers the day after discharge; STILL_RECEIVING otherwise. */
export const ASSISTANCE_AT_DISCHARGE: SplitSpec = {
  sql: `CASE WHEN ${assistanceOn('(mp.discharged_on + 1)')} THEN 'STILL_RECEIVING' ELSE 'LEFT' END`,
  categories: ['LEFT', 'STILL_RECEIVING'],
};

export const MALMO_MEASURES: Record<MalmoMeasure, MeasureSpec> = {
  // The population of SOCIAL_ASSISTANCE_LEFT: discharged in the period (Malmö's date) with assistance on the enrolment date.
  SOCIAL_ASSISTANCE_AT_ENROLMENT: {
    kind: 'FLOW',
    from: 'programme_participation mp',
    date: 'mp.discharged_on',
    where: `mp.discharged_on IS NOT NULL AND ${assistanceOn('mp.enrolled_on')}`,
    person: 'mp.participant_id',
    // programme_participation is keyed by participant: one row per person.
    onePerRow: true,
    splits: { GENDER: { sql: 'mp.gender', categories: GENDERS } },
  },
  WITH_INTERVENTION: withInterventionMeasure(MALMO_INTERVENTION_TYPES),
};

export const reportQueries: Pick<QueryResolvers, 'malmoAggregate'> = {
  malmoAggregate: async (_p, { measure, period, groupBy }, { malmo, caller }) => {
    const ref = reportFor(caller, period, malmo.today);
    return aggregateAtSource(malmo.ds, MALMO_MEASURES[measure], { ...ref, groupBy });
  },
};

export const Report: ReportResolvers = {
  __resolveReference: (ref, { malmo, caller }) => reportFor(caller, (ref as unknown as { period: string }).period, malmo.today),
  period: (r: ReportRef) => r.period.label,
  socialAssistanceLeft: async (r, _a, { malmo }) => {
    const table = await aggregateAtSource(malmo.ds, MALMO_MEASURES.SOCIAL_ASSISTANCE_AT_ENROLMENT, {
      ...r,
      groupBy: ['GENDER', 'AT_DISCHARGE'],
      splits: { AT_DISCHARGE: ASSISTANCE_AT_DISCHARGE },
    });
    return { table, groups: sharesOf(table, 'LEFT', 'STILL_RECEIVING') };
  },
};
