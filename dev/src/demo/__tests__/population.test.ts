import { addDays, AGENCIES, daysBetween, today, PROGRAMME } from '@malmokraften/shared';
import { demoPopulation, SHOWCASE, type DemoPerson } from '../population';

/**
 * The demo is current on any reference day: the run's own day, the last day
 * of a tertial, New Year's Eve, a leap day after the programme, and the
 * programme's first day (all counted from the programme's years).
 */
const DAYS = [
  ...new Set([
    today(),
    `${PROGRAMME.lastYear}-04-30`,
    `${PROGRAMME.lastYear - 1}-12-31`,
    `${PROGRAMME.lastYear + 1}-02-29`,
    PROGRAMME.from,
  ]),
];
const SIZE = { ongoing: 240, discharged: 600 };

describe.each(DAYS)('the demo dated from %s', (asOf) => {
  const people = demoPopulation({ ...SIZE, asOf });
  const ongoing = people.filter((p) => p.dischargedOn === null);
  const discharged = people.filter((p) => p.dischargedOn !== null);

  it('holds the people asked for, plus the three showcase people', () => {
    expect(ongoing).toHaveLength(SIZE.ongoing + 3);
    expect(discharged).toHaveLength(SIZE.discharged);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.personnummer)).size).toBe(people.length);
  });

  it('has every ongoing person enrolled before the day, with an intervention running on it and the next follow-up within four weeks', () => {
    for (const p of ongoing) {
      expect(p.enrolledOn < asOf).toBe(true);
      expect(
        p.interventions.some(
          (i) => i.status === 'ONGOING' && i.startDate <= asOf && (i.endDate === null || i.endDate >= asOf),
        ),
      ).toBe(true);
      const next = p.followUps.filter((f) => !f.held);
      expect(next).toHaveLength(1);
      const days = daysBetween(asOf, next[0]!.scheduledAt.slice(0, 10));
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(28);
      for (const f of p.followUps.filter((x) => x.held)) expect(f.scheduledAt.slice(0, 10) < asOf).toBe(true);
    }
    // Interventions planned ahead, and each status consistent with its dates.
    expect(ongoing.filter((p) => p.interventions.some((i) => i.status === 'PLANNED')).length).toBeGreaterThan(
      ongoing.length / 4,
    );
    for (const i of people.flatMap((p) => p.interventions)) {
      if (i.endDate !== null) expect(i.endDate >= i.startDate).toBe(true);
      if (i.status === 'PLANNED') expect(i.startDate > asOf).toBe(true);
      if (i.status === 'COMPLETED') expect(i.endDate !== null && i.endDate < asOf).toBe(true);
    }
  });

  it('spreads discharges over each of the 24 months before the day, none on or after it', () => {
    for (const p of discharged) {
      expect(p.dischargedOn! < asOf).toBe(true);
      expect(p.enrolledOn < p.dischargedOn!).toBe(true);
      expect(
        p.interventions.every((i) => i.status === 'COMPLETED' && i.endDate !== null && i.endDate <= p.dischargedOn!),
      ).toBe(true);
      expect(p.followUps).toEqual([]);
    }
    const months = new Set(discharged.map((p) => p.dischargedOn!.slice(0, 7)));
    for (let back = 1; back <= 23; back++) expect(months).toContain(addDays(asOf, -30.44 * back).slice(0, 7));
  });

  it('gives everyone a personnummer whose gender digit agrees with the gender recorded', () => {
    // The second-last digit is odd for a man and even for a woman.
    for (const p of people)
      expect([p.id, Number(p.personnummer[10]) % 2 === 1 ? 'MAN' : 'WOMAN']).toEqual([p.id, p.gender]);
  });

  it('keeps the showcase people in their roles', () => {
    const byId = (id: string) => people.find((p) => p.id === id)!;
    for (const id of Object.values(SHOWCASE)) {
      const p = byId(id);
      // Known to every agency (AF, which enrols them, is not listed).
      expect(p).toMatchObject({ teamId: 'T01', dischargedOn: null, knownTo: AGENCIES.filter((a) => a !== 'AF') });
      // Enrolled before everyone else ongoing, so they head the team's caseload.
      expect(
        ongoing.filter((o) => !Object.values(SHOWCASE).includes(o.id)).every((o) => o.enrolledOn > p.enrolledOn),
      ).toBe(true);
      // One intervention at each agency running today, all in parallel, and one planned at each.
      const running = p.interventions.filter((i) => i.status === 'ONGOING');
      expect(running.map((i) => i.agency).sort()).toEqual([...AGENCIES].sort());
      expect(running.every((i) => i.startDate <= asOf && i.endDate! > asOf)).toBe(true);
      expect(
        p.interventions
          .filter((i) => i.status === 'PLANNED')
          .map((i) => i.agency)
          .sort(),
      ).toEqual([...AGENCIES].sort());
      expect(p.socialAssistance).toMatchObject({ to: null });
      expect(p.socialAssistance!.from < p.enrolledOn).toBe(true);
    }
    expect(byId(SHOWCASE.consenting).consents.length).toBeGreaterThan(0);
    expect(byId(SHOWCASE.noConsent).consents).toEqual([]);
    expect(byId(SHOWCASE.protectedIdentity).protectedIdentity).toBe(true);
  });

  it('is the same for the same day, and the same people on another day', () => {
    expect(demoPopulation({ ...SIZE, asOf })).toEqual(people);
    const other = demoPopulation({ ...SIZE, asOf: addDays(asOf, 100) });
    const who = (p: DemoPerson) => `${p.id} ${p.firstName} ${p.lastName} ${p.teamId} ${p.gender}`;
    expect(other.map(who)).toEqual(people.map(who));
  });
});
