export { auditSchemaSql, GENESIS_HASH } from './schema';
export { computeEntryHash, entryHashFields, type ChainedEntry } from './chain';
export { appendAuditEntries, writeAudit, type AuditEntry, type AuditQuery } from './writer';
export {
  verifyAuditLog,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
  type VerifyOptions,
} from './verify';
export {
  accessesOutsideOfficeHours,
  extractForParticipant,
  unusuallyManyParticipants,
  OFFICE_HOURS,
  type AuditPeriod,
  type ManyParticipantsFinding,
  type ManyParticipantsOptions,
  type OfficeHoursOptions,
  type OutsideOfficeHoursAccess,
} from './review';
export {
  auditAnchorSchemaSql,
  auditAppendSetBasedSql,
  checkpointFromRow,
  checkpointKeyId,
  checkpointSignatureValid,
  ensureCheckpointKeys,
  readCheckpointPrivateKey,
  readCheckpointPublicKey,
  signCheckpoint,
  CHECKPOINT_COLUMNS,
  CHECKPOINT_PRIVATE_KEY_FILE,
  CHECKPOINT_PUBLIC_KEY_FILE,
  INSERT_CHECKPOINT_SQL,
  type Checkpoint,
} from './anchor';
