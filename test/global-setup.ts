/** Jest global setup. Nothing to prepare yet. */
export default async function globalSetup(): Promise<void> {}
