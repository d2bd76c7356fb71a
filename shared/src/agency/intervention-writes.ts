import type { EntityManager } from 'typeorm';
import type { Agency } from '../caller';
import { notAvailable } from '../errors';
import type { AccessGate } from './gate';
import { auditedWrite } from './audited-write';
import {
  changeIntervention,
  findIntervention,
  insertIntervention,
  type InterventionChange,
  type InterventionRow,
  type NewIntervention,
} from './interventions';
import { checkDate } from './validate';

type Then<T> = (m: EntityManager, row: InterventionRow) => Promise<T>;

/**
 * Adding, changing and ending an agency's interventions: each write checks
 * the agency's rule for `category`, locks the row it changes and is stored
 * with its audit entry. `then` runs in the same transaction, for what an
 * agency keeps beside the intervention (e.g. Region's coordination note).
 */
export function interventionWrites<C extends string>(
  agency: Agency,
  category: C,
  opts: { beforeAdd?: (m: EntityManager, participantId: string) => Promise<void> } = {},
) {
  async function update(gate: AccessGate<C>, id: string, change: InterventionChange): Promise<InterventionRow>;
  async function update<T>(gate: AccessGate<C>, id: string, change: InterventionChange, then: Then<T>): Promise<T>;
  async function update<T>(
    gate: AccessGate<C>,
    id: string,
    change: InterventionChange,
    then?: Then<T>,
  ): Promise<T | InterventionRow> {
    const existing = await findIntervention(gate.ds.manager, agency, id);
    if (!existing) throw notAvailable();
    return auditedWrite(gate, existing.participantId, category, async (m) => {
      const locked = await findIntervention(m, agency, id, true);
      if (!locked) throw notAvailable();
      const row = await changeIntervention(m, locked, change);
      return then ? then(m, row) : row;
    });
  }

  async function add(gate: AccessGate<C>, input: NewIntervention): Promise<InterventionRow>;
  async function add<T>(gate: AccessGate<C>, input: NewIntervention, then: Then<T>): Promise<T>;
  async function add<T>(gate: AccessGate<C>, input: NewIntervention, then?: Then<T>): Promise<T | InterventionRow> {
    return auditedWrite(gate, input.participantId, category, async (m) => {
      await opts.beforeAdd?.(m, input.participantId);
      // The responsible officer as the agency's register has them: their name, and the role they act in.
      const row = await insertIntervention(m, agency, await gate.officer(), input);
      return then ? then(m, row) : row;
    });
  }

  type Ending = { endDate: string; status: 'COMPLETED' | 'CANCELLED'; expectedVersion?: number | null };
  async function end(gate: AccessGate<C>, id: string, ending: Ending): Promise<InterventionRow>;
  async function end<T>(gate: AccessGate<C>, id: string, ending: Ending, then: Then<T>): Promise<T>;
  async function end<T>(gate: AccessGate<C>, id: string, ending: Ending, then?: Then<T>): Promise<T | InterventionRow> {
    checkDate(ending.endDate, 'endDate');
    const change = { endDate: ending.endDate, status: ending.status, expectedVersion: ending.expectedVersion ?? null };
    return then ? update(gate, id, change, then) : update(gate, id, change);
  }

  return { add, update, end };
}
