/** Stops the embedded PostgreSQL if the setup started one. */
export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { __PG__?: { stop(): Promise<void> } }).__PG__;
  await pg?.stop();
}
