/**
 * The audit append alone, against the PostgreSQL the tests use: the first
 * audit_append (entry by entry) and the set-based one (migration
 * AuditAppendSetBased), in one fresh database, for batches of 5, 50 and 500
 * entries, one call at a time; then the chain both wrote is verified.
 * Prints ms per call.
 *
 *   npx tsx bench/audit-append.ts [postgres admin URL]
 */
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { auditAnchorSchemaSql, auditAppendSetBasedSql, auditSchemaSql, verifyAuditLog } from '../shared/src/audit';

const SIZES = [5, 50, 500];

async function main(): Promise<void> {
  const adminUrl = process.argv[2] ?? process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `mkb_audit_${randomBytes(3).toString('hex')}`;
  const server = new Client({ connectionString: adminUrl });
  await server.connect();
  await server.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    await db.query(`DO $$ BEGIN CREATE ROLE ${name}; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    for (const sql of [...auditSchemaSql(name, 'AF').up, ...auditAnchorSchemaSql(name).up]) await db.query(sql);
    const entry = (i: number) => ({
      at: new Date().toISOString(),
      request_id: `bench-${i}`,
      officer_id: 'af-o1',
      organisation: 'AF',
      roles: ['ARBETSFORMEDLARE'],
      participant_id: `P-${String(i).padStart(8, '0')}`,
      categories: ['PLAN', 'INTERVENTIONS'],
      action: 'READ',
      purpose: 'JOINT_PLANNING',
      decision: 'GRANTED',
      reason: 'assigned officer',
      caller_on_team: true,
    });
    const measure = async (label: string) => {
      const row: string[] = [label];
      for (const n of SIZES) {
        const body = JSON.stringify(Array.from({ length: n }, (_, i) => entry(i)));
        const calls = Math.max(10, Math.round(2000 / n));
        for (let i = 0; i < 3; i++) await db.query('SELECT audit_append($1, $2::jsonb)', ['AF', body]);
        const started = process.hrtime.bigint();
        for (let i = 0; i < calls; i++) await db.query('SELECT audit_append($1, $2::jsonb)', ['AF', body]);
        row.push((Number(process.hrtime.bigint() - started) / 1e6 / calls).toFixed(2));
      }
      process.stdout.write(`| ${row.join(' | ')} |\n`);
    };
    process.stdout.write(
      `| audit_append | ${SIZES.map((n) => `${n} entries, ms per call`).join(' | ')} |\n|---|${SIZES.map(() => '---:').join('|')}|\n`,
    );
    await measure('entry by entry (first version)');
    for (const sql of auditAppendSetBasedSql().up) await db.query(sql);
    await measure('set-based');
    const chain = await verifyAuditLog(
      async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
      'AF',
    );
    process.stdout.write(
      `\nThe chain of ${chain.entries} entries written by both: ${chain.ok ? 'valid' : `BROKEN (${chain.problems.length} problems)`}\n`,
    );
    if (!chain.ok) process.exitCode = 1;
  } finally {
    await db.end();
    await server.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
    await server.query(`DROP ROLE IF EXISTS ${escapeIdentifier(name)}`);
    await server.end();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
