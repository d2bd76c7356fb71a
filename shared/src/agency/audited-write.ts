import type { EntityManager } from 'typeorm';
import { appendAuditEntries } from '../audit/writer';
import { notAvailable } from '../errors';
import type { AccessGate } from './gate';
import { IdempotentWrite, KeyAlreadyClaimed } from './idempotency';
import { isParticipantId } from './validate';
import { checkVersion } from './interventions';

/**
 * Runs one write in a transaction together with its audit entry: either
 * both are stored or neither. A refused write leaves its refusal for the
 * request's audit batch and answers NOT_AVAILABLE, as for an unknown id.
 *
 * Under an Idempotency-Key the key and the write's result are stored in the
 * same transaction; a repeated request answers the stored result (after the
 * same access decision) and applies nothing.
 */
export async function auditedWrite<C extends string, T>(
  gate: AccessGate<C>,
  participantId: string,
  category: C,
  fn: (m: EntityManager) => Promise<T>,
): Promise<T> {
  if (!isParticipantId(participantId)) throw notAvailable();
  const decision = await gate.decide(participantId, category, 'WRITE');
  if (!decision.granted) throw notAvailable();
  const once = IdempotentWrite.current(gate.caller);
  if (once) {
    const replayed = await replay<T>(gate, once, participantId, [category]);
    if (replayed.found) return replayed.value;
  }
  const entries = gate.drainWrite(participantId, category);
  try {
    return await gate.ds.transaction(async (m) => {
      if (once && !(await once.claim(m))) throw new KeyAlreadyClaimed();
      const out = await fn(m);
      await appendAuditEntries((sql, params) => m.query(sql, params), gate.owner, entries);
      if (once) await once.finish(m, out, participantId, [category]);
      return out;
    });
  } catch (err) {
    if (once && err instanceof KeyAlreadyClaimed) {
      // An identical request was applied meanwhile: answer its result.
      const replayed = await replay<T>(gate, once, participantId, [category]);
      if (replayed.found) return replayed.value;
    }
    // The granted entry went back with the write; the log keeps that it was refused.
    gate.note(participantId, category, 'WRITE', { granted: false, reason: `not stored: ${codeOf(err)}` });
    throw err;
  } finally {
    gate.refresh(participantId);
  }
}

const REPLAY_REASON = 'answer of an earlier write repeated (same Idempotency-Key); nothing applied';

/**
 * A change to one of the agency's records by its id: the record is found
 * (none reads NOT_AVAILABLE), the write is decided under `category` for its
 * person and stored with its audit entry (`auditedWrite`), and in that
 * transaction the record is locked and its version checked before `change`.
 */
export async function auditedChange<C extends string, R extends { participantId: string; version: number }, T>(
  gate: AccessGate<C>,
  category: C,
  find: (m: EntityManager, id: string, forUpdate?: boolean) => Promise<R | null>,
  id: string,
  expectedVersion: number | null | undefined,
  change: (m: EntityManager, locked: R) => Promise<T>,
): Promise<T> {
  const existing = await find(gate.ds.manager, id);
  if (!existing) throw notAvailable();
  return auditedWrite(gate, existing.participantId, category, async (m) => {
    const locked = await find(m, id, true);
    if (!locked) throw notAvailable();
    checkVersion(expectedVersion, locked.version);
    return change(m, locked);
  });
}

/**
 * The stored result of the write under the request's key, if there is one.
 * The replay is logged as a read of what the write concerned; a key used
 * for another request is refused and logged as a refused write.
 */
export async function replay<T>(
  gate: AccessGate<string>,
  once: IdempotentWrite,
  participantId: string | null,
  categories: string[],
): Promise<{ found: true; value: T } | { found: false }> {
  const stored = await once.stored(gate.ds);
  if (!stored) return { found: false };
  for (const category of categories)
    gate.drainAudit((d) => d.action === 'WRITE' && d.participantId === participantId && d.category === category);
  try {
    once.check(stored);
  } catch (err) {
    for (const category of categories)
      gate.note(participantId, category, 'WRITE', {
        granted: false,
        reason: 'Idempotency-Key already used for another request',
      });
    throw err;
  }
  for (const category of stored.categories)
    gate.note(stored.participantId, category, 'READ', { granted: true, reason: REPLAY_REASON });
  return { found: true, value: stored.result as T };
}

export function codeOf(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : 'error';
}
