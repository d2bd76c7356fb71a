import type { DataSource } from 'typeorm';
import type { Agency } from '../caller';
import { createSubgraphService, type SubgraphContextBase, type SubgraphServiceOptions } from '../request/subgraph';
import { figureSourceFor, type AgencyFigures } from '../report/at-source';
import type { ReportRef } from '../report/source';
import type { BuildOptions } from './module';
import type { AgencyRecords } from './records';
import { DateScalar, DateTimeScalar } from './scalars';

/** One resolver under a name made from the agency's key (`afAuditReview`), typed as that name. */
export const named = <N extends string, F>(name: N, resolver: F) => ({ [name]: resolver }) as Record<N, F>;

/** The scalars every agency's schema has (shared/schema/common.graphql). */
export const DATE_SCALARS = { Date: DateScalar, DateTime: DateTimeScalar };

type Records = Pick<AgencyRecords<string>, 'auditReview' | 'staffRegister'>;

/**
 * The queries every agency answers alike, under its key (`af`:
 * `afAuditReview`, `afStaffRegister`): the review of its audit log and its
 * staff register, each for those the agency's rules name.
 */
export function agencyQueries<K extends string>(key: K) {
  type Ctx = { [k in K]: Records };
  return {
    ...named(`${key}AuditReview` as const, (_p: unknown, args: Parameters<Records['auditReview']>[0], ctx: Ctx) =>
      ctx[key].auditReview(args),
    ),
    ...named(`${key}StaffRegister` as const, (_p: unknown, _a: unknown, ctx: Ctx) => ctx[key].staffRegister()),
  };
}

/**
 * Publishing the agency's figures for a closed period, stored in its own
 * database (docs/REPORT-DEFINITIONS.md), under its key (`afPublishFigures`).
 * Those who may see the figures may publish them: the agency's FIGURES rule.
 */
export function publishFiguresMutation<K extends string>(key: K, figures: AgencyFigures) {
  type Ctx = {
    caller: SubgraphContextBase['caller'];
  } & { [k in K]: { ds: DataSource; today: string; reportFor(period: string): Promise<ReportRef> } };
  return named(
    `${key}PublishFigures` as const,
    async (_p: unknown, { period, reason }: { period: string; reason?: string | null }, ctx: Ctx) => {
      await ctx[key].reportFor(period);
      return figureSourceFor(ctx[key], figures).publish(period, ctx.caller.officerId, reason ?? null);
    },
  );
}

/** An agency's `build`: its subgraph service over its schema, its resolvers and its per-request context. */
export function agencySubgraph<Ctx extends SubgraphContextBase>(
  agency: Agency,
  parts: {
    typeDefs: string;
    resolvers: object;
    createContext(ds: DataSource): SubgraphServiceOptions<Ctx>['createContext'];
  },
) {
  return (opts: BuildOptions) =>
    createSubgraphService<Ctx>({
      ...opts,
      agency,
      typeDefs: parts.typeDefs,
      resolvers: parts.resolvers as never,
      createContext: parts.createContext(opts.dataSource),
    });
}
