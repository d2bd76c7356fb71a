export * from './caller';
export {
  AGENCY_NAMES,
  AGENCY_PORTS,
  AGENCY_REGISTRY,
  agencyFolder,
  agencyKey,
  agencyNamed,
  partiesOf,
  partyDescription,
  type AgencyEntry,
} from './agencies';
export * from './clock';
export * from './errors';
export * from './service/logger';
export * from './access/rules';
export * from './agency/facts';
export * from './agency/gate';
export * from './agency/withheld';
export { auditedChange, auditedWrite } from './agency/audited-write';
export * from './agency/registration';
export * from './agency/consents';
export * from './agency/plan-part';
export * from './agency/mapping';
export * from './agency/interventions';
export * from './agency/validate';
export * from './agency/schema';
export * from './agency/scalars';
export * from './canonical-json';
export * from './service/env';
export * from './audit/schema';
export * from './audit/writer';
export { auditAnchorSchemaSql, auditAppendSetBasedSql } from './audit/anchor';
export * from './db/data-source';
export * from './db/rows';
export * from './request/graphql-http';
export * from './request/subgraph';
export * from './service/config';
export { createVerifier, AuthenticationError, type Verifier, type VerifierConfig } from './auth/verify';
export { ensureDevKeys, readPrivateJwk, DEFAULT_KEY_DIR, SIGNING_ALG } from './auth/keys';
export * from './agency/audit-views';
export * from './agency/intervention-writes';
export * from './agency/idempotency';
export * from './db/unreachable';
export * from './agency/module';
export * from './service/process';
export * from './service/workers';
export * from './service/tracing';
export * from './agency/records';
export * from './agency/employer-work';
export * from './agency/employer-work-resolvers';
export {
  agencyMutations,
  agencyParticipantFields,
  agencyQueries,
  agencySubgraph,
  DATE_SCALARS,
  interventionMutations,
  publishFiguresMutation,
  recordConsentMutation,
  registerParticipantMutation,
} from './agency/resolvers';
export * from './agency/staff';
export * from './agency/grants';
export * from './agency/migrations';
export * from './request/limits';
export * from './report/period';
export * from './report/suppression';
export * from './report/figures';
export * from './report/source';
export * from './report/csv';
export * from './report/document';
export * from './report/cube';
export * from './report/publication';
export * from './report/at-source';
export * from './report/changes';
export * from './report/publisher';
export * from './report/employer-work';
