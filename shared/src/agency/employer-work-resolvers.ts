import type { DataSource, EntityManager } from 'typeorm';
import type { AccessGate } from './gate';
import type { AgencyFigures } from '../report/at-source';
import { employerWorkFiguresFor } from '../report/employer-work';
import { capitalised } from '../agencies';
import { named } from './resolvers';
import type {
  EmployerInputArgs,
  EmployerWork,
  FollowUpArgs,
  MatchStepArgs,
  OpportunityChangeArgs,
  OpportunityInputArgs,
  ProposeMatchArgs,
} from './employer-work';

/** An agency's records as its employer-work resolvers read them. */
interface WorkRecords {
  gate: AccessGate<string>;
  ds: DataSource;
  today: string;
  work: EmployerWork<string>;
}

/**
 * The resolvers every agency that does employer work has alike
 * (docs/employer-work.md), under its own field names: with key `af`,
 * `afEmployers`, `recordAfEmployer`, `afMatches`, `afPlacementFollowUpsDue`
 * and so on, each reaching the agency's `EmployerWork` in the request's
 * context under `key`. What the agency releases for matching is its own
 * (`matchingFacts`), as is anything beyond (AF's job-seeker profile). `beforeWrite`
 * runs in a proposal's transaction before the match is stored (AF checks
 * the person's enrolment there).
 */
export function employerWorkResolvers<K extends string, R extends WorkRecords, F>(
  key: K,
  opts: {
    figures: AgencyFigures;
    /** What the agency releases to the caller for matching the person (`afMatchingFacts`). */
    matchingFacts: (records: R, participantId: string) => Promise<F>;
    beforeWrite?: (m: EntityManager, participantId: string) => Promise<void>;
  },
) {
  type Ctx = { [k in K]: R };
  const Key = capitalised(key);
  const work = (ctx: Ctx) => ctx[key].work;
  const { beforeWrite } = opts;
  return {
    queries: {
      ...named(`${key}Employers` as const, (_p: unknown, args: Parameters<EmployerWork<string>['list']>[0], ctx: Ctx) =>
        work(ctx).list(args),
      ),
      ...named(
        `${key}EmployerWorkFigures` as const,
        (_p: unknown, { period }: { period: string }, ctx: Ctx) =>
          // `as never`: the figures name their agency as text, the schema as its enum.
          employerWorkFiguresFor(ctx[key], opts.figures, opts.figures.agency, period) as never,
      ),
    },
    mutations: {
      ...named(`record${Key}Employer` as const, (_p: unknown, { input }: { input: EmployerInputArgs }, ctx: Ctx) =>
        work(ctx).recordEmployer(input),
      ),
      ...named(`add${Key}Opportunity` as const, (_p: unknown, { input }: { input: OpportunityInputArgs }, ctx: Ctx) =>
        work(ctx).addOpportunity(input),
      ),
      ...named(
        `change${Key}Opportunity` as const,
        (_p: unknown, { id, input }: { id: string; input: OpportunityChangeArgs }, ctx: Ctx) =>
          work(ctx).changeOpportunity(id, input),
      ),
      ...named(`propose${Key}Match` as const, (_p: unknown, { input }: { input: ProposeMatchArgs }, ctx: Ctx) =>
        beforeWrite
          ? work(ctx).proposeMatch(input, { beforeWrite: (m) => beforeWrite(m, input.participantId) })
          : work(ctx).proposeMatch(input),
      ),
      ...named(`record${Key}MatchStep` as const, (_p: unknown, { input }: { input: MatchStepArgs }, ctx: Ctx) =>
        work(ctx).recordStep(input),
      ),
      ...named(`record${Key}PlacementFollowUp` as const, (_p: unknown, { input }: { input: FollowUpArgs }, ctx: Ctx) =>
        work(ctx).recordFollowUp(input),
      ),
    },
    participantFields: {
      ...named(`${key}Matches` as const, (p: { id: string }, _a: unknown, ctx: Ctx) => work(ctx).matchList(p.id)),
      ...named(`${key}MatchingFacts` as const, (p: { id: string }, _a: unknown, ctx: Ctx) =>
        opts.matchingFacts(ctx[key], p.id),
      ),
      ...named(`${key}OpenOpportunities` as const, (_p: unknown, _a: unknown, ctx: Ctx) =>
        work(ctx).openOpportunities(),
      ),
    },
    Employer: {
      __resolveReference: (ref: { organisationNumber: unknown }) => ({
        organisationNumber: String(ref.organisationNumber),
      }),
      ...named(`${key}Employer` as const, (e: { organisationNumber: string }, _a: unknown, ctx: Ctx) =>
        work(ctx).record(e.organisationNumber),
      ),
    },
    teamFields: named(`${key}PlacementFollowUpsDue` as const, (t: { id: string }, _a: unknown, ctx: Ctx) =>
      work(ctx).dueFollowUps(t.id),
    ),
  };
}
