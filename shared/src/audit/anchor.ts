/**
 * Anchoring an agency's audit chain outside what its application role can
 * write.
 *
 * 1. One path that hashes. The application role may neither insert into
 *    `audit_log` nor move `audit_chain_head`: it may only call
 *    `audit_append(agency, entries)`, a function owned by the database owner
 *    that numbers the entries, computes each hash in the database (the same
 *    canonical form as `chain.ts`), inserts them and moves the head, under
 *    the head's row lock. So the head moves only together with entries
 *    hashed onto it, and nothing can be put past the head.
 *
 * 2. Signed checkpoints. A checkpoint is an agency's chain head (sequence
 *    number and hash) at a moment, signed with a key the application does
 *    not hold (`npm run audit:checkpoint`, run by whoever keeps the log,
 *    with the database owner's connection), and stored in `audit_checkpoint`
 *    of that agency's database and of every other agency's database as a
 *    witness. The application role has no right on that table at all.
 *    `audit:verify` checks every entry against the checkpoints: a tail cut
 *    off with the head moved back, entries rewritten or forged up to or past
 *    a checkpoint, and a checkpoint not made with the key are all reported.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Quote a name for use as an SQL identifier (role names are not bindable). */
function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\0')) throw new Error('invalid SQL identifier');
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The canonical JSON of the audit_log row `e` as SQL text, with the keys in
 * the order and the form computeEntryHash in chain.ts writes them; `array`
 * names the function that writes a text[] as a JSON array (the first
 * version had its own, the set-based one takes the built-in
 * `array_to_json`, which writes the same).
 */
function entryTextSql(array: 'audit_json_text_array' | 'array_to_json'): string {
  const list = (column: string) =>
    array === 'array_to_json' ? `array_to_json(${column})::text` : `audit_json_text_array(${column})`;
  return `'{"action":' || to_json(e.action)::text ||
          ',"at":' || to_json(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text ||
          ',"caller_on_team":' || coalesce(to_json(e.caller_on_team)::text, 'null') ||
          ',"categories":' || ${list('e.categories')} ||
          ',"decision":' || to_json(e.decision)::text ||
          ',"id":' || to_json(lower(e.id::text))::text ||
          ',"officer_id":' || to_json(e.officer_id)::text ||
          ',"organisation":' || to_json(e.organisation)::text ||
          ',"participant_id":' || coalesce(to_json(e.participant_id)::text, 'null') ||
          ',"purpose":' || to_json(e.purpose)::text ||
          ',"reason":' || to_json(e.reason)::text ||
          ',"request_id":' || to_json(e.request_id)::text ||
          ',"roles":' || ${list('e.roles')} ||
          ',"seq":' || e.seq::text || '}'`;
}

/**
 * Statements for one agency database, run by a migration as the owner of
 * the audit tables (after `auditSchemaSql`).
 */
export function auditAnchorSchemaSql(appRole: string): { up: string[]; down: string[] } {
  const role = quoteIdent(appRole);
  return {
    up: [
      // A JSON array of strings exactly as JSON.stringify writes it.
      `CREATE FUNCTION audit_json_text_array(a text[]) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $fn$
        SELECT '[' || coalesce((SELECT string_agg(to_json(x)::text, ',' ORDER BY i) FROM unnest(a) WITH ORDINALITY AS u(x, i)), '') || ']'
      $fn$`,
      // hex(sha256(prev_hash + "\\n" + canonical JSON of the entry)), as computeEntryHash in chain.ts.
      `CREATE FUNCTION audit_entry_hash(prev text, e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(
          prev || E'\\n' ||
          ${entryTextSql('audit_json_text_array')}, 'UTF8')), 'hex')
      $fn$`,
      // The one path that moves the head: entries are numbered, hashed and linked here, never by the caller.
      `CREATE FUNCTION audit_append(p_agency text, p_entries jsonb) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      DECLARE
        head_seq bigint;
        prev text;
        item jsonb;
        rec audit_log;
      BEGIN
        IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
          RAISE EXCEPTION 'audit_append: entries must be a JSON array';
        END IF;
        SELECT h.seq, h.hash INTO head_seq, prev FROM audit_chain_head h WHERE h.agency = p_agency FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit: no chain head for agency %; the audit schema must be migrated with that agency', p_agency;
        END IF;
        FOR item IN SELECT x.value FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(value, i) ORDER BY x.i LOOP
          head_seq := head_seq + 1;
          rec := ROW(
            head_seq, gen_random_uuid(), (item->>'at')::timestamptz, item->>'request_id', item->>'officer_id', item->>'organisation',
            ARRAY(SELECT r.v FROM jsonb_array_elements_text(item->'roles') WITH ORDINALITY AS r(v, i) ORDER BY r.i),
            item->>'participant_id',
            ARRAY(SELECT c.v FROM jsonb_array_elements_text(item->'categories') WITH ORDINALITY AS c(v, i) ORDER BY c.i),
            item->>'action', item->>'purpose', item->>'decision', item->>'reason', (item->>'caller_on_team')::boolean, prev, NULL
          )::audit_log;
          rec.hash := audit_entry_hash(prev, rec);
          INSERT INTO audit_log VALUES (rec.*);
          prev := rec.hash;
        END LOOP;
        UPDATE audit_chain_head SET seq = head_seq, hash = prev WHERE agency = p_agency;
        RETURN head_seq;
      END
      $fn$`,
      `REVOKE ALL ON FUNCTION audit_append(text, jsonb) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION audit_append(text, jsonb) TO ${role}`,
      // From now on the application role writes the log only through audit_append.
      `REVOKE INSERT ON audit_log FROM ${role}`,
      `REVOKE UPDATE ON audit_chain_head FROM ${role}`,

      `CREATE TABLE audit_checkpoint (
        agency text NOT NULL,
        seq bigint NOT NULL CHECK (seq >= 0),
        hash text NOT NULL,
        signed_at timestamptz NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency, seq)
      )`,
      `CREATE FUNCTION audit_checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit_checkpoint is append-only: % is not allowed', TG_OP;
      END
      $fn$`,
      `CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
        FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_refuse_change()`,
      `CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
        FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_refuse_change()`,
      // The application role may not even read them: it has nothing to do with checkpoints.
      `REVOKE ALL ON audit_checkpoint FROM PUBLIC`,
      `REVOKE ALL ON audit_checkpoint FROM ${role}`,
    ],
    down: [
      `DROP TABLE IF EXISTS audit_checkpoint`,
      `DROP FUNCTION IF EXISTS audit_checkpoint_refuse_change()`,
      `GRANT INSERT ON audit_log TO ${role}`,
      `GRANT UPDATE ON audit_chain_head TO ${role}`,
      `DROP FUNCTION IF EXISTS audit_append(text, jsonb)`,
      `DROP FUNCTION IF EXISTS audit_entry_hash(text, audit_log)`,
      `DROP FUNCTION IF EXISTS audit_json_text_array(text[])`,
    ],
  };
}

/**
 * audit_append rewritten to do per entry only what the chain makes serial.
 * The first version numbered, hashed and inserted one entry at a time in a
 * PL/pgSQL loop, about 0.2 ms of database time per entry (a caseload of a
 * hundred plans writes a few hundred entries per agency). Now the entries
 * are numbered and their canonical text built in one statement, only the
 * SHA-256 links are chained in the loop, and the rows go in with one INSERT.
 * The canonical text and so every hash stay exactly as before (chain.ts);
 * `audit_entry_hash` keeps its signature and value, built on the same text.
 * Run by a migration as the owner, after {@link auditAnchorSchemaSql}.
 */
export function auditAppendSetBasedSql(): { up: string[]; down: string[] } {
  const previous = auditAnchorSchemaSql('unused').up.slice(0, 3);
  return {
    up: [
      // The canonical JSON of an entry as computeEntryHash in chain.ts hashes it after the previous hash.
      `CREATE FUNCTION audit_entry_text(e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT ${entryTextSql('array_to_json')}
      $fn$`,
      `CREATE OR REPLACE FUNCTION audit_entry_hash(prev text, e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(prev || E'\\n' || audit_entry_text(e), 'UTF8')), 'hex')
      $fn$`,
      `CREATE OR REPLACE FUNCTION audit_append(p_agency text, p_entries jsonb) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      DECLARE
        head_seq bigint;
        prev text;
        entries audit_log[];
        texts text[];
        prevs text[] := '{}';
        hashes text[] := '{}';
      BEGIN
        IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
          RAISE EXCEPTION 'audit_append: entries must be a JSON array';
        END IF;
        SELECT h.seq, h.hash INTO head_seq, prev FROM audit_chain_head h WHERE h.agency = p_agency FOR UPDATE;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit: no chain head for agency %; the audit schema must be migrated with that agency', p_agency;
        END IF;
        IF jsonb_array_length(p_entries) = 0 THEN
          RETURN head_seq;
        END IF;
        -- Every entry numbered after the head and written out as the hash will read it.
        SELECT array_agg(r ORDER BY (r).seq), array_agg(audit_entry_text(r) ORDER BY (r).seq) INTO entries, texts
        FROM (
          SELECT ROW(
            head_seq + x.i, gen_random_uuid(), (x.value->>'at')::timestamptz, x.value->>'request_id', x.value->>'officer_id', x.value->>'organisation',
            ARRAY(SELECT v.v FROM jsonb_array_elements_text(x.value->'roles') WITH ORDINALITY AS v(v, i) ORDER BY v.i),
            x.value->>'participant_id',
            ARRAY(SELECT v.v FROM jsonb_array_elements_text(x.value->'categories') WITH ORDINALITY AS v(v, i) ORDER BY v.i),
            x.value->>'action', x.value->>'purpose', x.value->>'decision', x.value->>'reason', (x.value->>'caller_on_team')::boolean, NULL, NULL
          )::audit_log AS r
          FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(value, i)
        ) numbered;
        -- The links, which only one after the other can be.
        FOR n IN 1 .. cardinality(texts) LOOP
          prevs[n] := prev;
          prev := encode(sha256(convert_to(prev || E'\\n' || texts[n], 'UTF8')), 'hex');
          hashes[n] := prev;
        END LOOP;
        INSERT INTO audit_log (seq, id, at, request_id, officer_id, organisation, roles, participant_id, categories, action, purpose, decision, reason, caller_on_team, prev_hash, hash)
        SELECT e.seq, e.id, e.at, e.request_id, e.officer_id, e.organisation, e.roles, e.participant_id, e.categories,
          e.action, e.purpose, e.decision, e.reason, e.caller_on_team, prevs[e.ordinality], hashes[e.ordinality]
        FROM unnest(entries) WITH ORDINALITY AS e;
        UPDATE audit_chain_head SET seq = head_seq + cardinality(texts), hash = prev WHERE agency = p_agency;
        RETURN head_seq + cardinality(texts);
      END
      $fn$`,
    ],
    down: [
      ...previous.slice(1).map((sql) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')),
      `DROP FUNCTION IF EXISTS audit_entry_text(audit_log)`,
    ],
  };
}

// ---------------------------------------------------------------------------
// Checkpoint keys and signatures
// ---------------------------------------------------------------------------

export const CHECKPOINT_PRIVATE_KEY_FILE = 'audit-checkpoint.private.pem';
export const CHECKPOINT_PUBLIC_KEY_FILE = 'audit-checkpoint.public.pem';

/** A chain head as signed. */
export interface Checkpoint {
  agency: string;
  seq: number;
  hash: string;
  signedAt: Date;
  keyId: string;
  signature: string;
}

/** The bytes a checkpoint's signature covers. */
function signedText(c: Pick<Checkpoint, 'agency' | 'seq' | 'hash' | 'signedAt'>): Buffer {
  return Buffer.from(
    `malmokraften audit checkpoint\n${c.agency}\n${c.seq}\n${c.hash}\n${c.signedAt.toISOString()}`,
    'utf8',
  );
}

/** A short id of a public key: the first 16 hex digits of the SHA-256 of its DER form. */
export function checkpointKeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Makes an Ed25519 key pair for signing checkpoints in `dir` unless one is
 * there: the private key (0600) for whoever keeps the log, never for the
 * services; the public key for `audit:verify`.
 */
export async function ensureCheckpointKeys(dir: string): Promise<{ privateKeyFile: string; publicKeyFile: string }> {
  const privateKeyFile = path.join(dir, CHECKPOINT_PRIVATE_KEY_FILE);
  const publicKeyFile = path.join(dir, CHECKPOINT_PUBLIC_KEY_FILE);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await fs.access(privateKeyFile);
  } catch {
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      await fs.writeFile(privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const publicKey = createPublicKey(createPrivateKey(await fs.readFile(privateKeyFile, 'utf8')));
  await fs.writeFile(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  return { privateKeyFile, publicKeyFile };
}

export async function readCheckpointPrivateKey(file: string): Promise<KeyObject> {
  return createPrivateKey(await fs.readFile(file, 'utf8'));
}

export async function readCheckpointPublicKey(file: string): Promise<KeyObject> {
  return createPublicKey(await fs.readFile(file, 'utf8'));
}

export function signCheckpoint(
  privateKey: KeyObject,
  head: { agency: string; seq: number; hash: string },
  signedAt: Date,
): Checkpoint {
  const publicKey = createPublicKey(privateKey);
  const body = { ...head, signedAt };
  return {
    ...body,
    keyId: checkpointKeyId(publicKey),
    signature: sign(null, signedText(body), privateKey).toString('base64'),
  };
}

/** Whether `c` was signed with the private half of `publicKey`. */
export function checkpointSignatureValid(publicKey: KeyObject, c: Checkpoint): boolean {
  try {
    return (
      c.keyId === checkpointKeyId(publicKey) &&
      verify(null, signedText(c), publicKey, Buffer.from(c.signature, 'base64'))
    );
  } catch {
    return false;
  }
}

/** Columns selected wherever checkpoints are read. */
export const CHECKPOINT_COLUMNS = `agency, seq::text AS seq, hash, signed_at, key_id, signature`;

export function checkpointFromRow(row: Record<string, unknown>): Checkpoint {
  return {
    agency: String(row.agency),
    seq: Number(row.seq),
    hash: String(row.hash),
    signedAt: row.signed_at instanceof Date ? row.signed_at : new Date(String(row.signed_at)),
    keyId: String(row.key_id),
    signature: String(row.signature),
  };
}

export const INSERT_CHECKPOINT_SQL = `INSERT INTO audit_checkpoint (agency, seq, hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (agency, seq) DO NOTHING`;
