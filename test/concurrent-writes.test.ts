import type { GraphQLAnswer } from './support/harness';
import {
  enrol,
  F,
  freshAt,
  M,
  REGISTER,
  registration,
  rowCount,
  startWritesSystem,
  sys,
} from './support/agency-writes';
import { registrarOf, REGISTERING } from './support/agency-tests';

/**
 * Writes that race, end to end through the gateway: the same registration
 * sent several times at once to each agency that registers people, and
 * writes whose checks span a person's records arriving together. Each agency's own writes are tested beside its code
 * (subgraphs/<agency>/src/__tests__/writes.e2e.test.ts).
 */
startWritesSystem();

function codesOf(answers: GraphQLAnswer[]): Array<string[] | 'ok'> {
  return answers.map((a) => (a.errors ? a.errors.map((e) => e.extensions?.code ?? '') : 'ok'));
}

describe('concurrent writes', () => {
  it('registers a person once when the same registration arrives several times at once', async () => {
    for (const agency of REGISTERING) {
      const person = await enrol();
      const input = registration(person);
      const answers = await Promise.all(
        [1, 2, 3, 4].map(() => sys.query(registrarOf(agency), REGISTER[agency], { input })),
      );
      const codes = codesOf(answers);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      for (const a of answers.filter((x) => x.errors)) expect(a.data ?? null).toBeNull();
      expect(codes.filter((c) => c !== 'ok')).toEqual([
        ['ALREADY_REGISTERED'],
        ['ALREADY_REGISTERED'],
        ['ALREADY_REGISTERED'],
      ]);
      expect(await rowCount(agency, 'participant', person.id)).toBe(1);
      expect(await rowCount(agency, 'assignment', person.id)).toBe(1);
      const logged = await sys.subgraphs[agency].dataSource.query(
        `SELECT decision, count(*)::int AS n FROM audit_log WHERE participant_id = $1 AND action = 'WRITE' AND 'REGISTRATION' = ANY(categories)
          GROUP BY decision ORDER BY decision`,
        [person.id],
      );
      // One stored registration, and each refused one logged as denied.
      expect(logged).toEqual([
        { decision: 'DENIED', n: 3 },
        { decision: 'GRANTED', n: 1 },
      ]);
    }
  });

  it("keeps the checks across a person's records when writes race", async () => {
    const malmo = await freshAt('MALMO', 'soc-t01');
    const periods = await Promise.all(
      ['2025-01-01', '2025-02-01', '2025-03-01'].map((startDate) =>
        sys.query('soc-t01', M.period, {
          input: { participantId: malmo.id, startDate, monthlyAmount: 1000, householdSize: 1 },
        }),
      ),
    );
    expect(codesOf(periods).sort()).toEqual([['CONFLICT'], ['CONFLICT'], 'ok']);
    expect(await rowCount('MALMO', 'social_assistance_period', malmo.id)).toBe(1);

    const fk = await freshAt('FK', 'fk-utredare');
    const benefits = await Promise.all(
      ['2025-01-01', '2025-02-01'].map((start) =>
        sys.query('fk-utredare', F.benefit, {
          input: { participantId: fk.id, type: 'SJUKPENNING', extentPercent: 75, start },
        }),
      ),
    );
    expect(codesOf(benefits).sort()).toEqual([['CONFLICT'], 'ok']);
    expect(await rowCount('FK', 'benefit_period', fk.id)).toBe(1);
    const referrals = await Promise.all(
      ['2025-01-01', '2025-01-02'].map((referredOn) =>
        sys.query('fk-utredare', F.referral, {
          input: { participantId: fk.id, referredOn, reason: 'Långvarig sjukskrivning.' },
        }),
      ),
    );
    expect(codesOf(referrals).sort()).toEqual([['CONFLICT'], 'ok']);
    expect(await rowCount('FK', 'fk_referral', fk.id)).toBe(1);
  });
});
