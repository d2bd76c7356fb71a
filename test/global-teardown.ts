import { Client } from 'pg';
import { dropDatabase } from '@malmokraften/dev';
import { notRunBanner } from './support/browser';

/** Stops the embedded PostgreSQL if the setup started one; repeats what was not run, at the end where it is seen. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__;
  const templates = process.env.TEST_TEMPLATE_PREFIX;
  if (templates && process.env.PG_ADMIN_URL) {
    // Every population's templates of this run: <prefix>_<ongoing>_<discharged>_<capacity>_<agency>.
    const adminUrl = process.env.PG_ADMIN_URL;
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    let names: string[];
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [`${templates}_`],
      );
      names = rows.map((r) => r.datname);
    } finally {
      await client.end();
    }
    for (const name of names) await dropDatabase(adminUrl, name);
  }
  await pg?.stop();
  const notRun = process.env.BROWSER_TESTS_NOT_RUN;
  if (notRun) process.stderr.write(notRunBanner(notRun));
}
