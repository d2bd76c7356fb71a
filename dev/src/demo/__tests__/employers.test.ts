import { addDays, today, PROGRAMME } from '@malmokraften/shared';
import { checkOrganisationNumber, DEMO_ORGANISATION_GROUP, endOfWeek, followUpPoints } from '@malmokraften/shared';
import { demoEmployerWork, demoGenerator, demoId, referenceDayOf } from '../employers';
import { demoPopulation, SHOWCASE } from '../population';

/**
 * The demo's employer work on any reference day: a few hundred employers at
 * the programme's size, with numbers no real organisation can have, and
 * matches and placements that agree with what the population says.
 */
/** The run's own day, a leap day after the programme, and the programme's first day. */
const DAYS = [...new Set([today(), `${PROGRAMME.lastYear + 1}-02-29`, PROGRAMME.from])];
const SIZE = { ongoing: 1200, discharged: 3000 };

describe.each(DAYS)('the demo dated from %s', (asOf) => {
  const people = demoPopulation({ ...SIZE, asOf });
  const work = demoEmployerWork(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const opportunities = new Map(work.opportunities.map((o) => [o.id, o]));
  const yesterday = addDays(asOf, -1);

  it('is dated from the population’s own reference day', () => {
    expect(referenceDayOf(people)).toBe(asOf);
    expect(demoEmployerWork(people)).toEqual(work);
  });

  it('holds a few hundred employers in Malmö’s sectors, each number well-formed and of group 4, which no organisation is given', () => {
    const numbers = new Set(work.employers.map((e) => e.organisationNumber));
    expect(numbers.size).toBeGreaterThanOrEqual(250);
    expect(numbers.size).toBeLessThanOrEqual(300);
    for (const n of numbers) {
      expect(checkOrganisationNumber(n)).toBe(n);
      expect(n[0]).toBe(DEMO_ORGANISATION_GROUP);
    }
    expect(new Set(work.employers.map((e) => e.sector)).size).toBeGreaterThanOrEqual(10);
    // Recorded by the agency whose staff work with them: each number once per agency, some at two agencies.
    expect(new Set(work.employers.map((e) => `${e.agency} ${e.organisationNumber}`)).size).toBe(work.employers.length);
    expect(work.employers.length).toBeGreaterThan(numbers.size);
    for (const e of work.employers.filter((x) => x.contact)) {
      expect(e.contact!.phone).toMatch(/^040-628 04 \d{2}$/);
      expect(e.contact!.email).toMatch(/^rekrytering@[a-z-]+\.example$/);
    }
  });

  it('has opportunities over the two years before the day, each at an employer its agency recorded', () => {
    const recorded = new Set(work.employers.map((e) => `${e.agency} ${e.organisationNumber}`));
    for (const o of work.opportunities) {
      expect(recorded.has(`${o.agency} ${o.organisationNumber}`)).toBe(true);
      expect(o.acquiredOn <= yesterday).toBe(true);
      // The earliest were acquired for people enrolled long before and discharged since.
      expect(o.acquiredOn >= addDays(asOf, -1300)).toBe(true);
      if (o.agency === 'FK') expect(o.type).toBe('WORK_TRAINING');
    }
    expect(work.opportunities.filter((o) => o.acquiredOn >= addDays(asOf, -730)).length).toBeGreaterThan(
      0.9 * work.opportunities.length,
    );
    const months = new Set(work.opportunities.map((o) => o.acquiredOn.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(24);
  });

  it('hires everyone discharged to work, the first day of work the day of the discharge, in a job of the kind the outcome says', () => {
    const hires = work.matches.filter((m) => m.status === 'HIRED');
    for (const p of people.filter((x) => x.outcome === 'WORK_UNSUBSIDISED' || x.outcome === 'WORK_SUBSIDISED')) {
      const jobs = hires.filter(
        (m) => m.participantId === p.id && ['JOB', 'SUBSIDISED_JOB'].includes(opportunities.get(m.opportunityId)!.type),
      );
      expect(jobs).toHaveLength(1);
      expect(jobs[0]!.placementStart).toBe(p.dischargedOn);
      expect(opportunities.get(jobs[0]!.opportunityId)!.type).toBe(
        p.outcome === 'WORK_UNSUBSIDISED' ? 'JOB' : 'SUBSIDISED_JOB',
      );
    }
    // No one else started a job by the day: a hire into a job of someone still in the programme starts after it.
    for (const m of hires.filter((x) => ['JOB', 'SUBSIDISED_JOB'].includes(opportunities.get(x.opportunityId)!.type))) {
      const p = byId.get(m.participantId)!;
      if (p.dischargedOn === null) expect(m.placementStart! > asOf).toBe(true);
      else expect(['WORK_UNSUBSIDISED', 'WORK_SUBSIDISED']).toContain(p.outcome);
    }
  });

  it('dates every match within the person’s participation and after its opportunity was acquired, its steps in order', () => {
    const pairs = new Set<string>();
    for (const m of work.matches) {
      const p = byId.get(m.participantId)!;
      const o = opportunities.get(m.opportunityId)!;
      expect(pairs.has(`${m.participantId} ${m.opportunityId}`)).toBe(false);
      pairs.add(`${m.participantId} ${m.opportunityId}`);
      expect(o.agency).toBe(m.agency);
      if (m.agency === 'FK') expect(p.knownTo).toContain('FK');
      expect(m.proposedOn >= p.enrolledOn && m.proposedOn >= o.acquiredOn && m.proposedOn <= yesterday).toBe(true);
      const steps = [m.proposedOn, m.presentedOn, m.interviewOn, m.hiredOn].filter((d): d is string => d !== null);
      expect([...steps].sort()).toEqual(steps);
      if (m.status === 'HIRED') {
        expect(m.placementStart! >= m.hiredOn!).toBe(true);
        expect(m.hiredOn! <= asOf).toBe(true);
        expect(m.followUps.map((f) => [f.point, f.dueOn])).toEqual(
          followUpPoints(m.placementStart!).map((f) => [f.point, f.dueOn]),
        );
      } else expect(m.followUps).toEqual([]);
      if (m.status === 'DECLINED') expect(m.declineReason).not.toBeNull();
      // One still under way is on an opportunity with a place open.
      if (['PROPOSED', 'PRESENTED', 'INTERVIEW'].includes(m.status)) expect(o.status).toBe('OPEN');
      // No one is proposed after the last place was taken or the opportunity closed.
      if (o.filledOn) expect(m.proposedOn <= o.filledOn).toBe(true);
      if (o.closedOn) expect(m.proposedOn < o.closedOn).toBe(true);
    }
  });

  it('fills an opportunity when its hires take every place, and closes old ones', () => {
    for (const o of work.opportunities) {
      const hired = work.matches.filter((m) => m.opportunityId === o.id && m.status === 'HIRED').map((m) => m.hiredOn!);
      expect(hired.length).toBeLessThanOrEqual(o.places);
      expect(o.status === 'FILLED').toBe(hired.length === o.places);
      if (o.status === 'FILLED') expect(o.filledOn).toBe([...hired].sort().at(-1));
      if (o.status === 'CLOSED') expect(o.closedOn! <= yesterday && o.closedOn! > o.acquiredOn).toBe(true);
    }
    expect(work.opportunities.filter((o) => o.status === 'OPEN').length).toBeGreaterThan(50);
  });

  it('follows placements up at their points by the day; an ended placement closes its later points', () => {
    for (const m of work.matches.filter((x) => x.status === 'HIRED')) {
      for (const [i, f] of m.followUps.entries()) {
        if (f.doneOn)
          expect(f.doneOn >= f.dueOn && f.doneOn <= yesterday && f.stillEmployed !== null && !f.closed).toBe(true);
        else expect(f.stillEmployed).toBeNull();
        if (m.placementEndedOn && m.followUps.slice(0, i).some((e) => e.stillEmployed === false))
          expect(f.closed).toBe(true);
      }
      expect(m.placementEndedOn).toBe(m.followUps.find((f) => f.stillEmployed === false)?.doneOn ?? null);
    }
    const due = work.matches.flatMap((m) =>
      m.followUps.filter((f) => !f.doneOn && !f.closed && f.dueOn <= endOfWeek(asOf)),
    );
    expect(due.length).toBeGreaterThan(10);
  });

  it('gives P-DEMO0001 language practice at Malmö stad whose first follow-up is due today, and a job at AF under way', () => {
    const hers = work.matches.filter((m) => m.participantId === SHOWCASE.consenting);
    const practice = hers.find((m) => m.status === 'HIRED')!;
    expect(practice).toMatchObject({ agency: 'MALMO', placementStart: addDays(asOf, -14) });
    expect(opportunities.get(practice.opportunityId)!.type).toBe('LANGUAGE_PRACTICE');
    expect(practice.followUps[0]).toMatchObject({ point: 'TWO_WEEKS', dueOn: asOf, doneOn: null, closed: false });
    expect(hers.filter((m) => m.agency === 'AF').map((m) => m.status)).toEqual([
      expect.stringMatching(/^(PROPOSED|PRESENTED|INTERVIEW)$/),
    ]);
    expect(work.profiles.find((p) => p.participantId === SHOWCASE.consenting)).toMatchObject({
      occupations: ['Lagerarbetare', 'Butikssäljare'],
      hoursPercent: 75,
    });
    // Job-seeker profiles for most people in the programme, none for those discharged.
    const ongoing = people.filter((p) => p.dischargedOn === null);
    expect(work.profiles.length).toBeGreaterThan(ongoing.length / 2);
    expect(work.profiles.every((p) => byId.get(p.participantId)!.dischargedOn === null)).toBe(true);
  });
});

describe("the demo's ids", () => {
  it('differ between two generators whose streams meet, while their draws go on alike (at the national size two matches got one id)', () => {
    const a = demoGenerator(1, 'employer-work P-AAAAAAAA');
    const b = demoGenerator((1 + 0x6d2b79f5) >>> 0, 'employer-work P-BBBBBBBB');
    a(); // one step behind: from here a and b walk the same states
    expect(demoId(a)).not.toBe(demoId(b));
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('are the same on every run and of version 4 in form', () => {
    const ids = (scope: string) => {
      const g = demoGenerator(42, scope);
      return [demoId(g), demoId(g)];
    };
    expect(ids('x')).toEqual(ids('x'));
    expect(new Set([...ids('x'), ...ids('y')]).size).toBe(4);
    for (const id of ids('x'))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
