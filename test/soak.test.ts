import { formatSoak, runSoak } from '../scripts/soak';

/**
 * The fault soak of `npm run soak`, cut down to 15 seconds of load: the
 * services as separate processes, a subgraph killed and restarted, a
 * database cut off and restored, another subgraph stopped gracefully. Every
 * acknowledged write must be stored exactly once.
 */
it('loses and doubles no acknowledged write while services and a database restart', async () => {
  const result = await runSoak({
    seconds: 15,
    readers: 2,
    writers: 3,
    adminUrl: process.env.PG_ADMIN_URL!,
    log: () => {},
  });
  const report = formatSoak(result);
  expect({ lost: result.lost, doubled: result.doubled, replayMismatches: result.replayMismatches, report }).toEqual({
    lost: [],
    doubled: [],
    replayMismatches: [],
    report,
  });
  expect(result.writesAcknowledged).toBeGreaterThan(10);
  expect(result.acknowledgedFound).toBe(result.writesAcknowledged);
  expect(result.replaysChecked).toBeGreaterThan(0);
  // The faults happened and were felt: some writes had to be retried.
  expect(result.faults.filter((f) => /killed|cut off|stopped gracefully|started again|back/.test(f))).toHaveLength(6);
  expect(result.writes.UNAVAILABLE ?? 0).toBeGreaterThan(0);
  // Every answer, read or write, is a success or a known code; never a bare 5xx or a dropped connection.
  for (const kind of [...Object.keys(result.reads), ...Object.keys(result.writes)]) {
    expect(kind).toMatch(/^(ok|UNAVAILABLE|AUDIT_UNAVAILABLE|INTERNAL_SERVER_ERROR)( \(repeat\))?$/);
  }
  expect(Object.values(result.auditChains).map((c) => c.ok)).toEqual([true, true, true, true]);
  expect(result.ok).toBe(true);
}, 150_000);
