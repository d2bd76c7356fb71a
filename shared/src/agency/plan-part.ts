import type { Agency } from '../caller';
import type { AccessGate } from './gate';
import type { InterventionRow } from './interventions';
import { withheldNotice, type WithheldNotice } from './withheld';

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
