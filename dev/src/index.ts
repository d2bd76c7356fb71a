/**
 * Development and demo tooling: finding or starting a PostgreSQL server,
 * the demo population and its employer work, the helpers each agency's demo
 * seed uses, the demo personas and their tokens, and seeding an agency's
 * database with the demo. The scripts, the tests and the benchmark use it;
 * no service does (test/runtime-imports.test.ts).
 */
export * from './postgres';
export * from './personas';
export * from './demo/population';
export * from './demo/seed-helpers';
export * from './demo/employers';
export * from './agency-demo';
export * from './sign-in';
export { seedAgencyFromEnvironment, type SeedOutcome } from './seed-agency';
