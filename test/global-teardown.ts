import { notRunBanner } from './support/browser';

/** Stops the embedded PostgreSQL if the setup started one; repeats what was not run, at the end where it is seen. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__;
  await pg?.stop();
  const notRun = process.env.BROWSER_TESTS_NOT_RUN;
  if (notRun) process.stderr.write(notRunBanner(notRun));
}
