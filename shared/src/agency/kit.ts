import type { EntityManager } from 'typeorm';
import type { Agency, Party } from '../caller';
import { PARTIES } from '../caller';
import { AGENCY_NAMES } from '../agencies';
import { consentState } from '../access/rules';
import { appendAuditEntries } from '../audit/writer';
import { now } from '../clock';
import { badInput, notAvailable, userError, ErrorCode } from '../errors';
import type { AccessGate } from './gate';
import { IdempotentWrite, KeyAlreadyClaimed } from './idempotency';
import { checkDate, checkPeriod, checkPersonnummer, checkText, isParticipantId } from './validate';
import type { InterventionRow } from './interventions';

// The names are the registry's; re-exported here, where the agencies' code has always found them.
export { AGENCY_NAMES };

export interface WithheldNotice {
  agency: Agency;
  code: 'WITHHELD';
  message: string;
}

/**
 * The one answer given in place of anything withheld. It depends only on
 * the agency, never on the person or the reason, so it cannot reveal
 * whether the agency holds records on the person.
 */
export function withheldNotice(agency: Agency): WithheldNotice {
  return {
    agency,
    code: 'WITHHELD',
    message: `${AGENCY_NAMES[agency]} shares this only with staff who work with the person and, where the law requires it, with the person's consent. Nothing is shown here, whether or not records exist.`,
  };
}

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
 * The stored result of the write under the request's key, if there is one.
 * The replay is logged as a read of what the write concerned; a key used
 * for another request is refused and logged as a refused write.
 */
async function replay<T>(
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

function codeOf(err: unknown): string {
  const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === 'string' ? code : 'error';
}

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

export interface ConsentInput {
  participantId: string;
  recipient: string;
  categories: string[];
  validFrom: string;
  validTo?: string | null;
}

export interface ConsentView {
  id: string;
  agency: Agency;
  recipient: Party;
  categories: string[];
  validFrom: string;
  validTo: string | null;
  withdrawnAt: Date | null;
  recordedBy: string;
  state: string;
}

interface ConsentDbRow {
  id: string;
  participant_id: string;
  recipient_party: Party;
  categories: string[];
  valid_from: string;
  valid_to: string | null;
  withdrawn_at: Date | null;
  recorded_by: string;
}

const CONSENT_SELECT = `SELECT id, participant_id, recipient_party, categories, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                               to_char(valid_to, 'YYYY-MM-DD') AS valid_to, withdrawn_at, recorded_by FROM consent`;

function consentView(agency: Agency, r: ConsentDbRow, today: string): ConsentView {
  const view = {
    id: r.id,
    agency,
    recipient: r.recipient_party,
    categories: r.categories,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    withdrawnAt: r.withdrawn_at,
    recordedBy: r.recorded_by,
  };
  return {
    ...view,
    state: consentState(
      {
        recipientParty: r.recipient_party,
        categories: r.categories,
        validFrom: r.valid_from,
        validTo: r.valid_to,
        withdrawnAt: r.withdrawn_at,
      },
      today,
    ),
  };
}

export async function loadConsents(
  gate: AccessGate<string>,
  participantIds: readonly string[],
  today: string,
): Promise<ConsentView[][]> {
  const rows: ConsentDbRow[] = await gate.ds.query(
    `${CONSENT_SELECT} WHERE participant_id = ANY($1::text[]) ORDER BY recorded_at`,
    [participantIds],
  );
  return participantIds.map((id) =>
    rows.filter((r) => r.participant_id === id).map((r) => consentView(gate.owner, r, today)),
  );
}

/**
 * Records a consent (samtycke) the person gave this agency. The categories
 * must be ones this agency can share; the recipient must be another party.
 */
export async function recordConsent(
  gate: AccessGate<string>,
  allowedCategories: readonly string[],
  ownParties: readonly Party[],
  input: ConsentInput,
  today: string,
): Promise<ConsentView> {
  if (!(PARTIES as readonly string[]).includes(input.recipient)) throw badInput('Unknown recipient.', 'recipient');
  if (ownParties.includes(input.recipient as Party))
    throw badInput('Consent is needed only for sharing with another party.', 'recipient');
  if (input.categories.length === 0) throw badInput('Name at least one category the consent covers.', 'categories');
  const bad = input.categories.find((c) => !allowedCategories.includes(c));
  if (bad) throw badInput(`${bad} is not a category ${AGENCY_NAMES[gate.owner]} can share.`, 'categories');
  checkDate(input.validFrom, 'validFrom');
  if (input.validTo) checkDate(input.validTo, 'validTo');
  checkPeriod(input.validFrom, input.validTo ?? null, "The consent's end date");
  return auditedWrite(gate, input.participantId, 'RECORD_CONSENT', async (m) => {
    const rows: ConsentDbRow[] = await m.query(
      `INSERT INTO consent (participant_id, recipient_party, categories, valid_from, valid_to, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, participant_id, recipient_party, categories, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                 to_char(valid_to, 'YYYY-MM-DD') AS valid_to, withdrawn_at, recorded_by`,
      [
        input.participantId,
        input.recipient,
        [...new Set(input.categories)],
        input.validFrom,
        input.validTo ?? null,
        gate.caller.officerId,
      ],
    );
    return consentView(gate.owner, rows[0]!, today);
  });
}

export async function withdrawConsent(
  gate: AccessGate<string>,
  consentId: string,
  today: string,
): Promise<ConsentView> {
  if (!/^[0-9a-f-]{36}$/i.test(consentId)) throw notAvailable();
  const found: Array<{ participant_id: string }> = await gate.ds.query(
    'SELECT participant_id FROM consent WHERE id = $1',
    [consentId],
  );
  const participantId = found[0]?.participant_id;
  if (!participantId) throw notAvailable();
  return auditedWrite(gate, participantId, 'RECORD_CONSENT_WITHDRAWAL', async (m) => {
    // The process's clock, not the database's: the withdrawal is dated on the same clock as the decisions.
    await m.query(
      `UPDATE consent SET withdrawn_at = COALESCE(withdrawn_at, $3), withdrawn_by = COALESCE(withdrawn_by, $2) WHERE id = $1`,
      [consentId, gate.caller.officerId, now()],
    );
    const rows: ConsentDbRow[] = await m.query(`${CONSENT_SELECT} WHERE id = $1`, [consentId]);
    return consentView(gate.owner, rows[0]!, today);
  });
}

export interface PlanPartView {
  agency: Agency;
  withheld: WithheldNotice | null;
  interventions: Array<
    Omit<InterventionRow, 'responsibleOfficer'> & { responsibleOfficer: InterventionRow['responsibleOfficer'] | null }
  >;
  responsibleOfficers: Array<{ id: string; name: string; role: string; agency: Agency }>;
}

/**
 * This agency's part of the joint plan for one person, as released to the
 * caller. An officer's name and id are data of the part they work for: each
 * officer (assigned to the person, or responsible for an intervention) is
 * named only when the rule of `officerCategory(role)` releases it to the
 * caller too, and never when that is null.
 */
export async function planPart<C extends string>(
  gate: AccessGate<C>,
  participantId: string,
  category: C,
  interventions: (id: string) => Promise<InterventionRow[]>,
  officerCategory: (role: string) => C | null,
): Promise<PlanPartView> {
  const decision = await gate.decide(participantId, category);
  if (!decision.granted)
    return { agency: gate.owner, withheld: withheldNotice(gate.owner), interventions: [], responsibleOfficers: [] };
  const [items, facts] = await Promise.all([interventions(participantId), gate.personFacts(participantId)]);
  const roles = new Set([...facts.assignments.map((a) => a.role), ...items.map((i) => i.responsibleOfficer.role)]);
  const named = new Set<string>();
  for (const role of roles) {
    const under = officerCategory(role);
    if (under === category) {
      named.add(role);
      continue;
    }
    // Recorded as what it releases: that an officer in this role works with the person.
    const d =
      under === null
        ? { granted: false, reason: `officers in role ${role} are never named` }
        : await gate.evaluate(participantId, under);
    gate.note(participantId, `OFFICER ${role}`, 'READ', d);
    if (d.granted) named.add(role);
  }
  return {
    agency: gate.owner,
    withheld: null,
    interventions: items.map((i) => (named.has(i.responsibleOfficer.role) ? i : { ...i, responsibleOfficer: null })),
    responsibleOfficers: facts.assignments
      .filter((a) => named.has(a.role))
      .map((a) => ({ id: a.officerId, name: a.officerName, role: a.role, agency: gate.owner })),
  };
}
