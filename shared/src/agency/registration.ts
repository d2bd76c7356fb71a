import type { EntityManager } from 'typeorm';
import { AGENCY_NAMES } from '../agencies';
import { appendAuditEntries } from '../audit/writer';
import { badInput, notAvailable, userError, ErrorCode } from '../errors';
import { codeOf, replay } from './audited-write';
import type { AccessGate } from './gate';
import { IdempotentWrite, KeyAlreadyClaimed } from './idempotency';
import { checkPersonnummer, checkText, isParticipantId } from './validate';

/** PostgreSQL's unique_violation: a concurrent request stored the same thing first. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e?.code === '23505' || e?.driverError?.code === '23505';
}

/** The people an agency holds under a personnummer or a programme id (0, 1 or 2 of them). */
async function heldBy(
  q: Pick<EntityManager, 'query'>,
  personnummer: string,
  participantId: string | null,
): Promise<string[]> {
  const rows: Array<{ id: string }> = await q.query(
    'SELECT id FROM participant WHERE personnummer = $1 OR id = $2 ORDER BY id',
    [personnummer, participantId],
  );
  return rows.map((r) => r.id);
}

export interface Registration<C extends string, T extends { participantId: string }> {
  /** The rule that says who may register someone (REGISTRATION, ENROLMENT). */
  category: C;
  /** The rule that says who may know that the agency holds a person (KNOWN). */
  knownCategory: C;
  personnummer: string;
  /** The programme id the caller names; null where the agency issues it (AF's enrolment). */
  participantId: string | null;
  /** Stores the person (in the registration's transaction). */
  insert(m: EntityManager): Promise<T>;
  /** What someone who may know the person is told when the agency already holds them. */
  alreadyHeld(): Error;
}

/**
 * Registers (or enrols) a person by personnummer so that the answer tells
 * no one whom the agency holds. Who may register is the agency's rule
 * (`category`). When the personnummer or the id is already held, only a
 * caller whom the agency's KNOWN rule lets know every person concerned is
 * told so; anyone else gets the same NOT_AVAILABLE as a caller who may not
 * register at all. Either way the refusal is logged against the people the
 * agency actually holds, not an id the caller made up. A registration that
 * is stored is logged with it, in one transaction.
 */
export async function auditedRegistration<C extends string, T extends { participantId: string }>(
  gate: AccessGate<C>,
  reg: Registration<C, T>,
): Promise<T> {
  const categories = [reg.category];
  const concerned = (held: string[]): Array<string | null> => (held.length > 0 ? held : [reg.participantId]);
  const refuse = (people: Array<string | null>, reason: string, answer: Error): Error => {
    for (const p of people) gate.note(p, reg.category, 'WRITE', { granted: false, reason });
    return answer;
  };
  const duplicate = async (held: string[]): Promise<Error> => {
    const mayKnow = (await Promise.all(held.map((id) => gate.evaluate(id, reg.knownCategory)))).every((d) => d.granted);
    return mayKnow
      ? refuse(held, 'not stored: already held by the agency', reg.alreadyHeld())
      : refuse(
          held,
          'not stored: already held by the agency; answered as a refusal, the caller may not know whom the agency holds',
          notAvailable(),
        );
  };

  const allowed = await gate.decideGeneral(reg.category, { action: 'WRITE', record: false });
  if (!allowed.granted)
    throw refuse(concerned(await heldBy(gate.ds, reg.personnummer, reg.participantId)), allowed.reason, notAvailable());
  const once = IdempotentWrite.current(gate.caller);
  if (once) {
    const replayed = await replay<T>(gate, once, reg.participantId, categories);
    if (replayed.found) return replayed.value;
  }
  const held = await heldBy(gate.ds, reg.personnummer, reg.participantId);
  if (held.length > 0) throw await duplicate(held);
  try {
    return await gate.ds.transaction(async (m) => {
      if (once && !(await once.claim(m))) throw new KeyAlreadyClaimed();
      const out = await reg.insert(m);
      gate.note(out.participantId, reg.category, 'WRITE', { granted: true, reason: `${allowed.reason}; registered` });
      const entries = gate.drainAudit(
        (d) => d.action === 'WRITE' && d.participantId === out.participantId && d.category === reg.category,
      );
      await appendAuditEntries((sql, params) => m.query(sql, params), gate.owner, entries);
      if (once) await once.finish(m, out, out.participantId, categories);
      return out;
    });
  } catch (err) {
    if (once && err instanceof KeyAlreadyClaimed) {
      const replayed = await replay<T>(gate, once, reg.participantId, categories);
      if (replayed.found) return replayed.value;
    }
    // A concurrent registration of the same person got there first.
    if (isUniqueViolation(err)) {
      const now = await heldBy(gate.ds, reg.personnummer, reg.participantId);
      if (now.length > 0) {
        for (const id of now) gate.refresh(id);
        throw await duplicate(now);
      }
    }
    throw refuse(concerned([]), `not stored: ${codeOf(err)}`, err as Error);
  }
}

export interface RegisterInput {
  participantId: string;
  personnummer: string;
  firstName: string;
  lastName: string;
  protectedIdentity?: boolean | null;
  teamId?: string | null;
}

/**
 * An agency records that it knows the programme's participant id, under
 * the person's personnummer in its own register, and assigns the caller in
 * the role the agency's register has them in. Who may register is the
 * agency's REGISTRATION rule; see `auditedRegistration` for duplicates.
 */
export async function registerParticipant<C extends string>(
  gate: AccessGate<C>,
  input: RegisterInput,
): Promise<{ participantId: string }> {
  if (!isParticipantId(input.participantId))
    throw badInput('The participant id must look like P-XXXXXXXX.', 'participantId');
  const personnummer = checkPersonnummer(input.personnummer);
  const firstName = checkText(input.firstName, 'firstName', 100);
  const lastName = checkText(input.lastName, 'lastName', 100);
  const teamId = input.teamId ?? null;
  if (teamId !== null && !/^T\d{2}$/.test(teamId)) throw badInput('The team id must look like T01.', 'teamId');
  const already = () =>
    userError(
      ErrorCode.ALREADY_REGISTERED,
      `${AGENCY_NAMES[gate.owner]} already has this person or this participant id in its register.`,
    );
  return auditedRegistration(gate, {
    category: 'REGISTRATION' as C,
    knownCategory: 'KNOWN' as C,
    personnummer,
    participantId: input.participantId,
    alreadyHeld: already,
    insert: async (m) => {
      const officer = await gate.officer();
      await m.query(
        `INSERT INTO participant (id, personnummer, first_name, last_name, protected_identity, team_id, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [input.participantId, personnummer, firstName, lastName, input.protectedIdentity ?? false, teamId, officer.id],
      );
      await m.query('INSERT INTO assignment (participant_id, officer_id, officer_name, role) VALUES ($1, $2, $3, $4)', [
        input.participantId,
        officer.id,
        officer.name,
        officer.role,
      ]);
      return { participantId: input.participantId };
    },
  });
}
