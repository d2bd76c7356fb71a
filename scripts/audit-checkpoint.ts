/**
 * `npm run audit:checkpoint`: signs each agency's audit chain head with the
 * checkpoint key and stores the checkpoint in the agency's own database and,
 * as witnesses, in every other agency's database (`audit_checkpoint`, a
 * table the services' roles have no right on). Run it on a schedule, as
 * whoever keeps the log: the key must never be given to the services.
 *
 *   npm run audit:checkpoint
 *   npm run audit:checkpoint -- --agency AF --prefix mk --key /secure/audit-checkpoint.private.pem
 *
 * A chain is signed only if it verifies, against its earlier checkpoints
 * too: a cut or rewritten chain is never anchored. Databases are reached as
 * `audit:verify` reaches them (<AGENCY>_AUDIT_DATABASE_URL, else
 * <prefix>_<agency> on PG_ADMIN_URL's server), with a role that may insert
 * into audit_checkpoint (the databases' owner).
 *
 * Exit status: 0 every chain signed; 1 a chain has problems and was not
 * signed; 2 wrong usage, or a database could not be reached.
 */
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import type { Client } from 'pg';
import { AGENCIES, type Agency } from '../shared/src/caller';
import { DEFAULT_KEY_DIR } from '../shared/src/auth/keys';
import {
  ensureCheckpointKeys,
  INSERT_CHECKPOINT_SQL,
  readCheckpointPrivateKey,
  signCheckpoint,
  verifyAuditLog,
  type Checkpoint,
} from '../shared/src/audit';
import {
  connect,
  describeError,
  processIo,
  readCheckpoints,
  target,
  UsageError,
  readOptions,
  type CommonOptions,
  type ScriptIo,
  type Target,
} from './audit-common';

export type CheckpointIo = ScriptIo;

const USAGE = `usage: npm run audit:checkpoint -- [--agency <${AGENCIES.join('|')}>]... [--prefix <name>] [--key <file>]

Signs each agency's audit chain head (every agency by default) and stores the
checkpoint in its own database and in the other agencies' as witnesses.

  --agency <a>     sign only this agency's chain; repeat, or separate with commas
  --prefix <name>  database name prefix (default mk)
  --key <file>     the checkpoint key (Ed25519, PKCS#8 PEM); default
                   AUDIT_CHECKPOINT_PRIVATE_KEY_FILE, else the development key
                   in .keys/ (made on first use)
`;

interface Options extends CommonOptions {
  key: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const defaults: Options = { agencies: [], prefix: 'mk', key: undefined, help: false };
  return readOptions(argv, defaults, (option, options) => {
    if (option.name !== '--key') return false;
    options.key = option.value();
    return true;
  });
}

async function privateKey(option: string | undefined, env: NodeJS.ProcessEnv): Promise<KeyObject> {
  const file =
    option ??
    (env.AUDIT_CHECKPOINT_PRIVATE_KEY_FILE || undefined) ??
    (await ensureCheckpointKeys(DEFAULT_KEY_DIR)).privateKeyFile;
  try {
    return await readCheckpointPrivateKey(path.resolve(file));
  } catch (err) {
    throw new UsageError(`cannot read the checkpoint key ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export interface CheckpointResult {
  agency: Agency;
  /** The checkpoint signed and stored; null when none was. */
  checkpoint: Checkpoint | null;
  /** Databases it was stored in (the agency's own first). */
  storedIn: string[];
  /** Why the chain was not signed (problems found), or a database failure. */
  refused?: string;
  error?: string;
}

async function checkpointAgency(
  agency: Agency,
  targets: (a: Agency) => Target,
  key: KeyObject,
): Promise<CheckpointResult> {
  const own = targets(agency);
  let client: Client | null = null;
  try {
    const earlier = await readCheckpoints(agency, targets, createPublicKey(key));
    client = await connect(own, 'audit-checkpoint');
    // The head and the walk in one snapshot; the head is signed only if the chain up to it verifies.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const c = client;
    const verification = await verifyAuditLog(
      (sql, params) => c.query(sql, params).then((r) => r.rows as unknown[]),
      agency,
      {
        checkpoints: earlier.found,
        ownCheckpointsRead: earlier.ownRead,
      },
    );
    const head = await client.query<{ seq: string; hash: string }>(
      'SELECT seq::text AS seq, hash FROM audit_chain_head WHERE agency = $1',
      [agency],
    );
    await client.query('COMMIT');
    if (!verification.ok) {
      const kinds = [...new Set(verification.problems.map((p) => p.kind))].join(', ');
      return {
        agency,
        checkpoint: null,
        storedIn: [],
        refused: `the chain has problems (${kinds}); not signed. Run npm run audit:verify.`,
      };
    }
    const row = head.rows[0];
    if (!row) return { agency, checkpoint: null, storedIn: [], refused: 'no chain head' };
    const checkpoint = signCheckpoint(key, { agency, seq: Number(row.seq), hash: row.hash }, new Date());
    const storedIn: string[] = [];
    const params = [
      checkpoint.agency,
      String(checkpoint.seq),
      checkpoint.hash,
      checkpoint.signedAt.toISOString(),
      checkpoint.keyId,
      checkpoint.signature,
    ];
    await client.query(INSERT_CHECKPOINT_SQL, params);
    storedIn.push(own.database);
    const failures: string[] = [];
    for (const witness of AGENCIES.filter((a) => a !== agency)) {
      const t = targets(witness);
      let w: Client | null = null;
      try {
        w = await connect(t, 'audit-checkpoint');
        await w.query(INSERT_CHECKPOINT_SQL, params);
        storedIn.push(t.database);
      } catch (err) {
        failures.push(`${t.database}: ${describeError(err, t)}`);
      } finally {
        await w?.end().catch(() => {});
      }
    }
    return {
      agency,
      checkpoint,
      storedIn,
      ...(failures.length ? { error: `not witnessed by ${failures.join('; ')}` } : {}),
    };
  } catch (err) {
    return { agency, checkpoint: null, storedIn: [], error: describeError(err, own) };
  } finally {
    await client?.end().catch(() => {});
  }
}

/** Runs the signing; resolves to the exit status. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CheckpointIo = processIo,
): Promise<number> {
  let options: Options;
  let key: KeyObject;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    for (const a of AGENCIES) target(a, options.prefix, env);
    key = await privateKey(options.key, env);
  } catch (err) {
    io.stderr(
      `audit:checkpoint: ${err instanceof Error ? err.message : String(err)}\n${err instanceof UsageError ? `\n${USAGE}` : ''}`,
    );
    return 2;
  }
  const targets = (a: Agency) => target(a, options.prefix, env);
  let code = 0;
  for (const agency of options.agencies) {
    const r = await checkpointAgency(agency, targets, key);
    if (r.checkpoint) {
      io.stdout(
        `${agency}: checkpoint of entry ${r.checkpoint.seq} signed, stored in ${r.storedIn.join(', ')}${r.error ? `; ${r.error}` : ''}\n`,
      );
      if (r.error) code = Math.max(code, 2);
    } else if (r.refused) {
      io.stdout(`${agency}: NOT SIGNED - ${r.refused}\n`);
      code = Math.max(code, 1);
    } else {
      io.stdout(`${agency}: NOT SIGNED - ${r.error}\n`);
      code = 2;
    }
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => void process.stdout.write('', () => process.exit(code)),
    (err: unknown) => {
      process.stderr.write(`audit:checkpoint: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
