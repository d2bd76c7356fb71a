import {
  publishFiguresMutation,
  checkGroupBy,
  employerWorkAggregate,
  employerWorkFamilies,
  employerWorkFigures,
  figureSourceFor,
  interventionAggregate,
  interventionFamilies,
  isEmployerWorkMeasure,
  LEGAL_GENDERS,
  legalGenderSql,
  monthsOf,
  onTrackOf,
  progressOf,
  shapesUpTo,
  shareOf,
  sharesOf,
  type AgencyFigures,
  type ExtrasContext,
  type FamilySpec,
  type Protected,
  type ReportRef,
  type SplitSpec,
} from '@malmokraften/shared';
import type { DataSource } from 'typeorm';
import { MALMO_INTERVENTION_TYPES } from './models';
import type { MalmoMeasure, MutationResolvers, QueryResolvers, ReportResolvers } from './generated/graphql';

/**
 * Malmö stad's figures, over the city's own records: its record of each
 * person's participation (`programme_participation`, the dates Malmö
 * recorded itself), social services' periods of försörjningsstöd, and the
 * personnummer in its own register for legal gender. It asks no other
 * agency for anything (docs/REPORT-DEFINITIONS.md, SOCIAL_ASSISTANCE_LEFT).
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

/** Legal gender from the personnummer in Malmö's own register. */
export const MALMO_GENDER: SplitSpec = { sql: legalGenderSql('pt.personnummer'), categories: LEGAL_GENDERS };

const PARTICIPATION = 'programme_participation mp JOIN participant pt ON pt.id = mp.participant_id';

/** Malmö's families: the social-assistance population, and its interventions. */
export function malmoFamilies(): Record<string, FamilySpec> {
  return {
    // The population of SOCIAL_ASSISTANCE_LEFT: discharged in the period (Malmö's date) with assistance on the enrolment date.
    MALMO_SOCIAL_ASSISTANCE: {
      name: 'MALMO_SOCIAL_ASSISTANCE',
      kind: 'FLOW',
      from: PARTICIPATION,
      date: 'mp.discharged_on',
      where: `mp.discharged_on IS NOT NULL AND ${assistanceOn('mp.enrolled_on')}`,
      person: 'mp.participant_id',
      // programme_participation is keyed by participant: one row per person.
      onePerRow: true,
      splits: { GENDER: MALMO_GENDER, AT_DISCHARGE: ASSISTANCE_AT_DISCHARGE },
      shapes: shapesUpTo(['GENDER', 'AT_DISCHARGE'], 2),
    },
    ...interventionFamilies('MALMO', MALMO_INTERVENTION_TYPES),
    // The city's employer work (docs/REPORT-DEFINITIONS.md, "Employer work").
    ...employerWorkFamilies('MALMO'),
  };
}

/** The SQL of the social-assistance population, as the definitions' tests run it. */
export const MALMO_MEASURES = {
  SOCIAL_ASSISTANCE_AT_ENROLMENT: {
    kind: 'FLOW' as const,
    from: PARTICIPATION,
    date: 'mp.discharged_on',
    where: `mp.discharged_on IS NOT NULL AND ${assistanceOn('mp.enrolled_on')}`,
    person: 'mp.participant_id',
    onePerRow: true,
    splits: { GENDER: MALMO_GENDER },
  },
};

const SA = 'MALMO_SOCIAL_ASSISTANCE';

/** Whether the share is on track, on the true counts; published as yes or no. */
async function malmoExtras(ctx: ExtrasContext): Promise<Record<string, Protected | boolean | null>> {
  const cube = await ctx.cube(SA, ctx.period);
  const label = ctx.period.label;
  const population = cube.exact(label, {});
  const left = cube.exact(label, { AT_DISCHARGE: 'LEFT' });
  const share = shareOf(
    cube.get(label, { AT_DISCHARGE: 'LEFT' }),
    cube.get(label, { AT_DISCHARGE: 'STILL_RECEIVING' }),
    cube.get(label, {}),
  );
  return {
    'onTrack:SOCIAL_ASSISTANCE_LEFT': onTrackOf(
      'SOCIAL_ASSISTANCE_LEFT',
      population > 0 ? left / population : null,
      share,
      ctx.period,
      ctx.today,
    ),
  };
}

export const MALMO_FIGURES: AgencyFigures = {
  agency: 'MALMO',
  families: () => Promise.resolve(malmoFamilies()),
  extras: malmoExtras,
};

const source = (malmo: { ds: DataSource; today: string }) => figureSourceFor(malmo, MALMO_FIGURES);

export const reportQueries: Pick<QueryResolvers, 'malmoAggregate'> = {
  malmoAggregate: async (_p, { measure, period, groupBy }, { malmo }) => {
    const ref = await malmo.reportFor(period);
    const s = source(malmo);
    if ((measure as MalmoMeasure) === 'WITH_INTERVENTION')
      return interventionAggregate(s, 'MALMO', ref.period, groupBy);
    if (isEmployerWorkMeasure(measure)) return employerWorkAggregate(s, 'MALMO', measure, ref.period, groupBy);
    const dims = checkGroupBy(groupBy, (await s.families())[SA]!, ['GENDER']);
    return s.table(SA, ref.period, dims);
  },
};

export const reportMutations: Pick<MutationResolvers, 'malmoPublishFigures'> = publishFiguresMutation(
  'malmo',
  MALMO_FIGURES,
);

export const Report: ReportResolvers = {
  __resolveReference: (ref, { malmo }) => malmo.reportFor((ref as unknown as { period: string }).period),
  period: (r: ReportRef) => r.period.label,
  malmoPublication: (r, _a, { malmo }) => source(malmo).publication(r.period),
  malmoEmployerWork: (r, _a, { malmo }) => employerWorkFigures(source(malmo), 'MALMO', 'MALMO', r.period) as never,
  socialAssistanceLeft: async (r, _a, { malmo }) => {
    const s = source(malmo);
    const table = await s.table(SA, r.period, ['GENDER', 'AT_DISCHARGE']);
    const cube = await s.cube(SA, r.period);
    const byMonth = monthsOf(r.period).map((month) => {
      const row = (g?: string) => {
        const c = (extra: Record<string, string>) => cube.get(month, { ...(g ? { GENDER: g } : {}), ...extra });
        return {
          group: g ?? 'ALL',
          population: c({}),
          count: c({ AT_DISCHARGE: 'LEFT' }),
          share: shareOf(c({ AT_DISCHARGE: 'LEFT' }), c({ AT_DISCHARGE: 'STILL_RECEIVING' }), c({})),
        };
      };
      return { month, groups: [...LEGAL_GENDERS.map((g) => row(g)), row()] };
    });
    return { table, groups: sharesOf(table, 'LEFT', 'STILL_RECEIVING'), byMonth };
  },
  malmoTargets: async (r, _a, { malmo }) => {
    const s = source(malmo);
    const table = await s.table(SA, r.period, ['GENDER', 'AT_DISCHARGE']);
    const groups = sharesOf(table, 'LEFT', 'STILL_RECEIVING');
    const all = groups.find((g) => g.group === 'ALL')!.share;
    const extras = await s.extras(r.period);
    const p = progressOf('SOCIAL_ASSISTANCE_LEFT', all, r.period, r.today);
    return [
      {
        figure: 'SOCIAL_ASSISTANCE_LEFT' as const,
        value: all,
        target: p.target,
        dueByToday: p.dueByToday,
        progress: p.progress,
        onTrack: (extras['onTrack:SOCIAL_ASSISTANCE_LEFT'] as boolean | null | undefined) ?? null,
        byGender: groups.filter((g) => g.group !== 'ALL').map((g) => ({ group: g.group, value: g.share })),
        minimum: null,
      },
    ];
  },
};
