import { AsyncLocalStorage } from 'node:async_hooks';
import {
  DataSource,
  type DataSourceOptions,
  type Logger as OrmLogger,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import type { Logger } from '../service/logger';
import { StatementSpans } from '../service/tracing';

/**
 * Counts the SQL statements each request sends. The count is kept per
 * request (async context), so concurrent requests do not mix, and it is
 * reported in the response extensions for tests and benchmarks.
 */
export const statementScope = new AsyncLocalStorage<{ statements: number }>();

class CountingLogger implements OrmLogger {
  constructor(private readonly out: Logger) {}
  logQuery(): void {
    const scope = statementScope.getStore();
    if (scope) scope.statements += 1;
  }
  logQueryError(error: string | Error): void {
    const scope = statementScope.getStore();
    if (scope) scope.statements += 1;
    // The statement text may carry parameters; log only the database's code.
    const code = typeof error === 'object' && error && 'code' in error ? (error as { code?: string }).code : undefined;
    this.out.warn({ sqlState: code }, 'statement failed');
  }
  logQuerySlow(time: number): void {
    this.out.warn({ ms: time }, 'slow statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.out.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message: String(message) }, 'database');
  }
}

/** A migration class, as TypeORM runs it. */
export type MigrationClass = new () => MigrationInterface;

/**
 * A migration that runs a list of statements made elsewhere (the audit
 * schema, the staff register, …), for a step every agency takes alike: one
 * definition listed by each agency instead of a file copied per agency.
 * `name` is the migration's name as recorded in the database (its class
 * name with the timestamp), so a database migrated by a copied file before
 * takes it as done.
 */
export function sqlMigration(
  name: string,
  sql: { readonly up: readonly string[]; readonly down: readonly string[] },
): MigrationClass {
  const migration = class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const statement of sql.up) await q.query(statement);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const statement of sql.down) await q.query(statement);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}

export interface AgencyDataSourceOptions {
  url: string;
  /** Entity classes, schemas or paths, as TypeORM takes them. */
  entities: NonNullable<DataSourceOptions['entities']>;
  /** Migration classes or paths, as TypeORM takes them. */
  migrations?: DataSourceOptions['migrations'];
  log: Logger;
  /** Connections in the pool; bounded so one agency cannot exhaust its database. */
  poolSize?: number;
}

export function createAgencyDataSource(opts: AgencyDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    maxQueryExecutionTime: 1000,
    logger: new CountingLogger(opts.log),
    // A span per statement when tracing is on (kind of statement only, never its text).
    subscribers: [StatementSpans],
    extra: {
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // A statement that runs away is stopped by the database itself.
      statement_timeout: 10000,
      application_name: 'malmokraften',
    },
  });
}

/** Runs pending migrations with the database owner's rights, then closes. */
export async function runMigrations(opts: AgencyDataSourceOptions): Promise<string[]> {
  const ds = createAgencyDataSource({ ...opts, poolSize: 1 });
  await ds.initialize();
  try {
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
