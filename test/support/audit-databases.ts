import { Client } from 'pg';
import type { Agency } from '@malmokraften/shared';
import { databaseUrl } from '@malmokraften/dev';
import type { TestSystem } from './harness';

/**
 * A test system's databases as the audit scripts (npm run audit:verify,
 * audit:checkpoint) and a superuser see them: the server's admin URL and the
 * prefix of the databases, which are `<prefix>_<agency>`.
 */
export interface Databases {
  readonly adminUrl: string;
  readonly prefix: string;
}

/** The databases of `sys`, once started. */
export function databasesOf(sys: TestSystem): Databases {
  const afDatabase = decodeURIComponent(new URL(sys.subgraphs.AF.databaseUrl).pathname.slice(1));
  expect(afDatabase).toMatch(/_af$/);
  return { adminUrl: process.env.PG_ADMIN_URL!, prefix: afDatabase.slice(0, -'_af'.length) };
}

/** An audit script's main(argv, env, io). */
type Script = (
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
) => Promise<number>;

/** Runs `script` in-process against `dbs` with `args` and --prefix: its exit code and what it wrote. */
export async function runScript(
  script: Script,
  dbs: Databases,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await script(
    [...args, '--prefix', dbs.prefix],
    { PG_ADMIN_URL: dbs.adminUrl },
    { stdout: (text) => void (out += text), stderr: (text) => void (err += text) },
  );
  return { code, out, err };
}

/** `fn` in a superuser session on `agency`'s database of `dbs`. */
export async function asAdmin<T>(dbs: Databases, agency: Agency, fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: databaseUrl(dbs.adminUrl, `${dbs.prefix}_${agency.toLowerCase()}`) });
  db.on('error', () => {});
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end().catch(() => {});
  }
}
