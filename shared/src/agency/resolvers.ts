import type { DataSource } from 'typeorm';
import type { Agency, Party } from '../caller';
import { capitalised } from '../agencies';
import { createSubgraphService, type SubgraphContextBase, type SubgraphServiceOptions } from '../request/subgraph';
import { figureSourceFor, type AgencyFigures } from '../report/at-source';
import type { ReportRef } from '../report/source';
import type { BuildOptions } from './module';
import type { AgencyRecords } from './records';
import { DateScalar, DateTimeScalar } from './scalars';
import { notAvailable } from '../errors';
import type { AccessGate } from './gate';
import { recordConsent, withdrawConsent, type ConsentInput } from './consents';
import type { InterventionChange, InterventionRow, NewIntervention } from './interventions';
import type { MappingInput } from './mapping';
import { registerParticipant, type RegisterInput } from './registration';
import { isParticipantId } from './validate';

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

type Reader = Pick<AgencyRecords<string>, 'accessLog' | 'planPart' | 'mapping' | 'consentList'>;

/**
 * The participant's fields every agency resolves alike, under its key
 * (`af`: `afAccessLog`, `afPlanPart`, `afMapping`, `afConsents`): each asks
 * the agency's gate itself, through its records.
 */
export function agencyParticipantFields<K extends string>(key: K) {
  type Ctx = { [k in K]: Reader };
  return {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    ...named(`${key}AccessLog` as const, (p: { id: string }, _a: unknown, ctx: Ctx) => ctx[key].accessLog(p.id)),
    ...named(`${key}PlanPart` as const, (p: { id: string }, _a: unknown, ctx: Ctx) => ctx[key].planPart(p.id)),
    ...named(`${key}Mapping` as const, (p: { id: string }, _a: unknown, ctx: Ctx) => ctx[key].mapping.part(p.id)),
    ...named(`${key}Consents` as const, (p: { id: string }, _a: unknown, ctx: Ctx) => ctx[key].consentList(p.id)),
  };
}

type Writer = Pick<AgencyRecords<string>, 'gate' | 'today' | 'recordStaff' | 'mapping'>;

/**
 * The writes every agency has alike, under its key (`af`: `recordAfStaff`,
 * `recordAfMapping`, `withdrawAfConsent`): an entry in its staff register,
 * its perspective in the joint mapping, and withdrawing a consent the person
 * gave it, each as the agency's rules (STAFF_REGISTER, RECORD_MAPPING,
 * RECORD_CONSENT_WITHDRAWAL) decide.
 */
export function agencyMutations<K extends string>(key: K) {
  type Ctx = { [k in K]: Writer };
  const Key = capitalised(key);
  return {
    ...named(
      `record${Key}Staff` as const,
      (_p: unknown, { input }: { input: Parameters<Writer['recordStaff']>[0] }, ctx: Ctx) =>
        ctx[key].recordStaff(input),
    ),
    ...named(`record${Key}Mapping` as const, (_p: unknown, { input }: { input: MappingInput }, ctx: Ctx) =>
      ctx[key].mapping.record(input),
    ),
    ...named(`withdraw${Key}Consent` as const, (_p: unknown, { id }: { id: string }, ctx: Ctx) =>
      withdrawConsent(ctx[key].gate, id, ctx[key].today),
    ),
  };
}

/** Registering a person in the agency's register (`registerFkParticipant`), under its REGISTRATION rule. */
export function registerParticipantMutation<K extends string>(key: K) {
  return named(
    `register${capitalised(key)}Participant` as const,
    async (_p: unknown, { input }: { input: RegisterInput }, ctx: { [k in K]: { gate: AccessGate<string> } }) => {
      const { participantId } = await registerParticipant(ctx[key].gate, input);
      return { id: participantId };
    },
  );
}

/**
 * Recording a consent the person gives the agency (`recordFkConsent`) to
 * share `categories` with another party than `own` (the agency itself).
 */
export function recordConsentMutation<K extends string>(key: K, categories: readonly string[], own: readonly Party[]) {
  type Ctx = { [k in K]: { gate: AccessGate<string>; today: string } };
  return named(
    `record${capitalised(key)}Consent` as const,
    (
      _p: unknown,
      { input }: { input: Omit<ConsentInput, 'categories'> & { categories: readonly string[] } },
      ctx: Ctx,
    ) => {
      if (!isParticipantId(input.participantId)) throw notAvailable();
      return recordConsent(
        ctx[key].gate,
        categories,
        own,
        { ...input, categories: [...input.categories] },
        ctx[key].today,
      );
    },
  );
}

type Ending = { endDate: string; status: 'COMPLETED' | 'CANCELLED'; expectedVersion?: number | null };

/** Adding, changing and ending the agency's interventions (`addFkIntervention`...) through its `interventionWrites`. */
export function interventionMutations<K extends string, C extends string>(
  key: K,
  writes: {
    add(gate: AccessGate<C>, input: NewIntervention): Promise<InterventionRow>;
    update(gate: AccessGate<C>, id: string, change: InterventionChange): Promise<InterventionRow>;
    end(gate: AccessGate<C>, id: string, ending: Ending): Promise<InterventionRow>;
  },
) {
  type Ctx = { [k in K]: { gate: AccessGate<C> } };
  const Key = capitalised(key);
  return {
    ...named(`add${Key}Intervention` as const, (_p: unknown, { input }: { input: NewIntervention }, ctx: Ctx) =>
      writes.add(ctx[key].gate, input),
    ),
    ...named(
      `update${Key}Intervention` as const,
      (_p: unknown, { id, input }: { id: string; input: InterventionChange }, ctx: Ctx) =>
        writes.update(ctx[key].gate, id, input),
    ),
    ...named(
      `end${Key}Intervention` as const,
      (_p: unknown, { id, endDate, status, expectedVersion }: Ending & { id: string }, ctx: Ctx) =>
        writes.end(ctx[key].gate, id, { endDate, status, expectedVersion }),
    ),
  };
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
