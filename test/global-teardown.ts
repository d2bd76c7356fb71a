/** Jest global teardown. Nothing to clean up yet. */
export default async function globalTeardown(): Promise<void> {}
