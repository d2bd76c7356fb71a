import path from 'node:path';
import { ensurePostgres } from '@malmokraften/shared';

/**
 * Finds the PostgreSQL server the tests use: PG_ADMIN_URL, else the local
 * server on 127.0.0.1:5432, else an embedded one started for this run.
 */
export default async function globalSetup(): Promise<void> {
  const pg = await ensurePostgres({ dataDir: path.join(__dirname, '../.data/test'), log: (m) => process.stderr.write(`${m}\n`) });
  process.env.PG_ADMIN_URL = pg.adminUrl;
  process.env.NODE_ENV = 'test';
  (globalThis as { __PG__?: typeof pg }).__PG__ = pg;
  if (pg.embedded) process.stderr.write(`tests use an embedded PostgreSQL at ${new URL(pg.adminUrl).host}\n`);
}
