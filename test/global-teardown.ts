import { AGENCIES, agencyKey } from '@malmokraften/shared';
import { dropDatabase } from '@malmokraften/dev';
import { notRunBanner } from './support/browser';

/** Stops the embedded PostgreSQL if the setup started one; repeats what was not run, at the end where it is seen. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__;
  const templates = process.env.TEST_TEMPLATE_PREFIX;
  if (templates && process.env.PG_ADMIN_URL) {
    for (const agency of AGENCIES) await dropDatabase(process.env.PG_ADMIN_URL, `${templates}_${agencyKey(agency)}`);
  }
  await pg?.stop();
  const notRun = process.env.BROWSER_TESTS_NOT_RUN;
  if (notRun) process.stderr.write(notRunBanner(notRun));
}
