/**
 * Fault soak: the whole federation as separate processes on loopback,
 * concurrent readers and writers through the gateway for a bounded time,
 * while one subgraph process is killed and restarted, another is stopped
 * gracefully and restarted, and one subgraph's database is cut off and
 * restored. Writers behave as a real client: each write has its own
 * Idempotency-Key and is retried with the same key until it is
 * acknowledged. Afterwards every agency database is read directly: each
 * acknowledged write must be stored exactly once, with the id the answer
 * named, and no write may be stored twice.
 *
 *   npm run soak                      # 180 s
 *   npm run soak -- --seconds 30 --readers 4 --writers 4
 *
 * Exit code 1 when an acknowledged write is missing, a write is doubled, a
 * repeated request answered differently, or nothing was acknowledged at all.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AGENCIES, agencyDatabaseName, type Agency } from '@malmokraften/shared';
import { ensurePostgres, SHOWCASE } from '@malmokraften/dev';
import { verifyAuditLog } from '../shared/src/audit';
import { startProcessSystem, type ProcessSystem } from './processes';

export interface SoakOptions {
  seconds: number;
  readers: number;
  writers: number;
  adminUrl: string;
  /** Progress lines (faults as they happen); default stderr. */
  log?: (line: string) => void;
}

export interface SoakResult {
  seconds: number;
  requests: { reads: number; writes: number };
  /** Per kind of answer: `ok`, an error code, `HTTP_<status>` or `NETWORK`. Reads count each code once per answer. */
  reads: Record<string, number>;
  writes: Record<string, number>;
  /** The same, per phase of the run (steady, or which fault is on). */
  byPhase: Record<string, { reads: Record<string, number>; writes: Record<string, number> }>;
  writesAttempted: number;
  writesAcknowledged: number;
  /** Acknowledged writes found in the agency's database with the acknowledged id. */
  acknowledgedFound: number;
  /** Writes given up (never acknowledged) and whether they were stored anyway. */
  givenUp: number;
  givenUpStored: number;
  lost: string[];
  doubled: string[];
  replaysChecked: number;
  replayMismatches: string[];
  /** Each agency's audit hash chain, verified after the run (a killed process must not have broken it). */
  auditChains: Record<string, { ok: boolean; entries: number }>;
  faults: string[];
  ok: boolean;
}

const DEMO = SHOWCASE.consenting;

/**
 * One intervention-adding mutation per agency, and an officer who may use it
 * for DEMO. An agency without one here is read under load but not written.
 */
const WRITES: Partial<Record<Agency, { persona: string; query: string; input: Record<string, unknown> }>> = {
  AF: {
    persona: 'af-t01',
    query: 'mutation W($input: AfInterventionInput!) { r: addAfIntervention(input: $input) { id } }',
    input: { type: 'JOB_MATCHING', status: 'PLANNED', startDate: '2026-09-01' },
  },
  MALMO: {
    persona: 'ams-t01',
    query: 'mutation W($input: MalmoInterventionInput!) { r: addMalmoIntervention(input: $input) { id } }',
    input: { type: 'MATCHING_GROUP', status: 'PLANNED', startDate: '2026-09-01' },
  },
  FK: {
    persona: 'fk-utredare',
    query: 'mutation W($input: FkInterventionInput!) { r: addFkIntervention(input: $input) { id } }',
    input: { type: 'WORK_TRAINING_PLACEMENT', status: 'PLANNED', startDate: '2026-09-01' },
  },
  REGION: {
    persona: 'region-vsam',
    query: 'mutation W($input: CareActivityInput!) { r: addCareActivity(input: $input) { id } }',
    input: { type: 'SUPPORT_CONVERSATION', status: 'PLANNED', startDate: '2026-09-01' },
  },
};

const READS: Array<{ persona: string; query: string; variables: Record<string, unknown> }> = [
  {
    persona: 'af-t01',
    query:
      'query Plan($id: ID!) { participant(id: $id) { id name jointPlan { items { intervention { id agency title } parallelWith } withheld { agency code } } } }',
    variables: { id: DEMO },
  },
  {
    persona: 'ams-t01',
    query: 'query Caseload { team(id: "T01") { caseload(first: 20) { id jointPlan { withheld { agency code } } } } }',
    variables: {},
  },
];

/** Answers a client would retry with the same key: the service or its database was away, or the answer did not arrive. */
const RETRYABLE = new Set(['UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'NETWORK', 'TIMEOUT']);

/** What the soak reads from an answer's data: a write selects the new record's id under the alias `r`; reads' data is not looked at. */
interface AnswerData {
  r?: { id?: string } | null;
}

interface Answer {
  kind: string[];
  data: AnswerData | null;
}

interface AnswerBody {
  data?: AnswerData | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

async function send(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  key?: string,
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (key) headers['idempotency-key'] = key;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let body: AnswerBody = {};
    try {
      body = JSON.parse(text) as AnswerBody;
    } catch {
      return { kind: [`HTTP_${res.status}`], data: null };
    }
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'))];
    if (res.status >= 500 && codes.length === 0) return { kind: [`HTTP_${res.status}`], data: body.data ?? null };
    return { kind: codes.length ? codes : ['ok'], data: body.data ?? null };
  } catch (err) {
    const name = (err as { name?: string })?.name;
    return { kind: [name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'NETWORK'], data: null };
  }
}

function count(into: Record<string, number>, kinds: string[]): void {
  for (const k of kinds) into[k] = (into[k] ?? 0) + 1;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface WriteRecord {
  agency: Agency;
  title: string;
  key: string;
  acknowledgedId: string | null;
}

export async function runSoak(opts: SoakOptions): Promise<SoakResult> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runId = randomUUID().slice(0, 8);
  const prefix = `mksoak_${process.pid}_${runId}`;
  log(`soak ${runId}: starting the federation as separate processes (databases ${prefix}_*)`);
  // Faults at full speed from a few personas: the rate limits (tested by test/rate-limits.test.ts) are off.
  const noLimits = { RATE_LIMIT_PER_CALLER: '0', RATE_LIMIT_PER_ADDRESS: '0' };
  const sys: ProcessSystem = await startProcessSystem({
    adminUrl: opts.adminUrl,
    databasePrefix: prefix,
    population: { ongoing: 40, discharged: 10 },
    logLevel: 'warn',
    env: Object.fromEntries(['GATEWAY', ...AGENCIES].map((s) => [s, noLimits])),
  });
  const started = Date.now();
  const faults: string[] = [];
  let phase = 'steady';
  let recovery: NodeJS.Timeout | undefined;
  /** After a fault ends, answers count as recovery for a while (the gateway's breaker probes after its cooldown). */
  const recovering = (after: string) => {
    phase = `recovering from ${after} (15 s)`;
    clearTimeout(recovery);
    recovery = setTimeout(() => (phase = 'steady'), 15_000);
    recovery.unref();
  };
  const faultOn = (name: string) => {
    clearTimeout(recovery);
    phase = name;
  };
  const byPhase: SoakResult['byPhase'] = {};
  const inPhase = () => (byPhase[phase] ??= { reads: {}, writes: {} });
  const fault = (what: string) => {
    const line = `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`;
    faults.push(line);
    log(line);
  };

  try {
    const tokens = Object.fromEntries(
      await Promise.all(
        [...new Set([...Object.values(WRITES).map((w) => w.persona), ...READS.map((r) => r.persona)])].map(
          async (p) => [p, await sys.token(p)] as const,
        ),
      ),
    ) as Record<string, string>;
    const durationMs = opts.seconds * 1000;
    const deadline = started + durationMs;
    /** Writers keep retrying a write begun before the deadline for this long after it. */
    const retryUntil = deadline + 60_000;
    const reads: Record<string, number> = {};
    const writes: Record<string, number> = {};
    const requests = { reads: 0, writes: 0 };
    const records: WriteRecord[] = [];
    const replayMismatches: string[] = [];
    let replaysChecked = 0;

    const reader = async (n: number) => {
      for (let i = n; Date.now() < deadline; i++) {
        const r = READS[i % READS.length]!;
        requests.reads += 1;
        const kind = (await send(sys.gatewayUrl, tokens[r.persona]!, r.query, r.variables)).kind;
        count(reads, kind);
        count(inPhase().reads, kind);
      }
    };

    const writer = async (n: number) => {
      const agencies = Object.keys(WRITES) as Agency[];
      for (let i = 0; Date.now() < deadline; i++) {
        const agency = agencies[(n + i) % agencies.length]!;
        const w = WRITES[agency]!;
        const record: WriteRecord = {
          agency,
          title: `Soak ${runId} w${n} #${i}`,
          key: randomUUID(),
          acknowledgedId: null,
        };
        records.push(record);
        const variables = { input: { ...w.input, participantId: DEMO, title: record.title } };
        for (let attempt = 0; Date.now() < retryUntil; attempt++) {
          requests.writes += 1;
          const answer = await send(sys.gatewayUrl, tokens[w.persona]!, w.query, variables, record.key);
          count(writes, answer.kind);
          count(inPhase().writes, answer.kind);
          if (answer.kind[0] === 'ok' && answer.data?.r?.id) {
            record.acknowledgedId = answer.data.r.id;
            break;
          }
          if (!answer.kind.every((k) => RETRYABLE.has(k) || k.startsWith('HTTP_5'))) break;
          await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)));
        }
        // Now and then the client repeats an acknowledged request, as after a lost answer.
        if (record.acknowledgedId && i % 5 === 0) {
          requests.writes += 1;
          const again = await send(sys.gatewayUrl, tokens[w.persona]!, w.query, variables, record.key);
          count(
            writes,
            again.kind.map((k) => (k === 'ok' ? 'ok (repeat)' : `${k} (repeat)`)),
          );
          if (again.kind[0] === 'ok') {
            replaysChecked += 1;
            if (again.data?.r?.id !== record.acknowledgedId) replayMismatches.push(record.title);
          }
        }
      }
    };

    const faultPlan = async () => {
      const at = (fraction: number) => sleep(Math.max(0, started + durationMs * fraction - Date.now()));
      const outage = Math.max(4000, durationMs * 0.08);
      await at(0.2);
      fault(`Malmö stad subgraph killed (SIGKILL, pid ${sys.subgraphs.MALMO.pid()})`);
      faultOn('Malmö subgraph down or starting');
      await sys.subgraphs.MALMO.stop('SIGKILL');
      await sleep(outage);
      await sys.subgraphs.MALMO.start();
      fault(`Malmö stad subgraph started again (pid ${sys.subgraphs.MALMO.pid()})`);
      recovering('the Malmö restart');
      await at(0.45);
      fault('AF database cut off (connections reset, new ones refused)');
      faultOn('AF database cut');
      await sys.subgraphs.AF.cutDatabase();
      await sleep(outage);
      await sys.subgraphs.AF.restoreDatabase();
      fault('AF database back');
      recovering('the AF database cut');
      await at(0.7);
      fault(`FK subgraph stopped gracefully (SIGTERM, pid ${sys.subgraphs.FK.pid()})`);
      faultOn('FK subgraph stopping, down or starting');
      await sys.subgraphs.FK.stop('SIGTERM');
      await sleep(outage / 2);
      await sys.subgraphs.FK.start();
      fault(`FK subgraph started again (pid ${sys.subgraphs.FK.pid()})`);
      recovering('the FK restart');
    };

    const faultsDone = faultPlan();
    await Promise.all([
      ...Array.from({ length: opts.readers }, (_, n) => reader(n)),
      ...Array.from({ length: opts.writers }, (_, n) => writer(n)),
    ]);
    await faultsDone;
    fault('load stopped; reading every agency database directly');

    // Every write as stored, straight from each agency's database.
    const stored = new Map<string, string[]>();
    const auditChains: SoakResult['auditChains'] = {};
    for (const agency of Object.keys(WRITES) as Agency[]) {
      const url = new URL(opts.adminUrl);
      url.pathname = `/${agencyDatabaseName(prefix, agency)}`;
      const c = new Client({ connectionString: url.toString() });
      await c.connect();
      try {
        const rows = await c.query<{ title: string; id: string }>(
          'SELECT title, id::text AS id FROM intervention WHERE title LIKE $1',
          [`Soak ${runId} %`],
        );
        for (const r of rows.rows) stored.set(r.title, [...(stored.get(r.title) ?? []), r.id]);
        const chain = await verifyAuditLog(
          async (sql, params) => (await c.query<Record<string, unknown>>(sql, params)).rows,
          agency,
        );
        auditChains[agency] = { ok: chain.ok, entries: chain.entries };
      } finally {
        await c.end();
      }
    }
    const acknowledged = records.filter((r) => r.acknowledgedId);
    const lost = acknowledged
      .filter((r) => !(stored.get(r.title) ?? []).includes(r.acknowledgedId!))
      .map((r) => r.title);
    const doubled = [...stored].filter(([, ids]) => ids.length > 1).map(([title]) => title);
    const givenUp = records.filter((r) => !r.acknowledgedId);
    const result: SoakResult = {
      seconds: Math.round((Date.now() - started) / 1000),
      requests,
      reads,
      writes,
      byPhase,
      writesAttempted: records.length,
      writesAcknowledged: acknowledged.length,
      acknowledgedFound: acknowledged.length - lost.length,
      givenUp: givenUp.length,
      givenUpStored: givenUp.filter((r) => stored.has(r.title)).length,
      lost,
      doubled,
      replaysChecked,
      replayMismatches,
      auditChains,
      faults,
      ok:
        lost.length === 0 &&
        doubled.length === 0 &&
        replayMismatches.length === 0 &&
        acknowledged.length > 0 &&
        Object.values(auditChains).every((c) => c.ok),
    };
    return result;
  } finally {
    await sys.stop();
  }
}

export function formatSoak(r: SoakResult): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `    ${k.padEnd(28)} ${String(n).padStart(7)}`)
      .join('\n');
  return [
    '',
    `soak: ${r.seconds} s, ${r.requests.reads + r.requests.writes} requests (${r.requests.reads} reads, ${r.requests.writes} writes incl. retries and repeats)`,
    'faults:',
    ...r.faults.map((f) => `  ${f}`),
    'read answers (an answer with a missing agency counts its code):',
    table(r.reads),
    'write answers:',
    table(r.writes),
    'by phase (reads | writes):',
    ...Object.entries(r.byPhase).map(
      ([phase, c]) =>
        `  ${phase}: ${
          Object.entries(c.reads)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || '-'
        } | ${
          Object.entries(c.writes)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || '-'
        }`,
    ),
    `writes attempted            ${r.writesAttempted}`,
    `writes acknowledged         ${r.writesAcknowledged}`,
    `acknowledged and found      ${r.acknowledgedFound}`,
    `acknowledged but missing    ${r.lost.length}${r.lost.length ? `  ${r.lost.slice(0, 5).join(', ')}` : ''}`,
    `stored more than once       ${r.doubled.length}${r.doubled.length ? `  ${r.doubled.slice(0, 5).join(', ')}` : ''}`,
    `given up (not acknowledged) ${r.givenUp} (of which stored: ${r.givenUpStored})`,
    `repeats answered the same   ${r.replaysChecked - r.replayMismatches.length} of ${r.replaysChecked}`,
    `audit chains intact         ${Object.entries(r.auditChains)
      .map(([a, c]) => `${a} ${c.ok ? 'ok' : 'BROKEN'} (${c.entries} entries)`)
      .join(', ')}`,
    r.ok ? 'PASS: every acknowledged write stored once, none doubled, audit chains intact' : 'FAIL',
    '',
  ].join('\n');
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} needs a whole number of at least 1\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const seconds = argument('seconds', 180);
  const readers = argument('readers', 4);
  const writers = argument('writers', 4);
  const pg = await ensurePostgres({
    dataDir: path.join(__dirname, '../.data'),
    persistent: true,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  // Bounded whatever happens: the run, start-up, the writers' last retries and the checks.
  const guard = setTimeout(
    () => {
      process.stderr.write('soak: did not finish in time\n');
      process.exit(1);
    },
    (seconds + 300) * 1000,
  );
  guard.unref();
  try {
    const result = await runSoak({ seconds, readers, writers, adminUrl: pg.adminUrl });
    process.stdout.write(formatSoak(result));
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await pg.stop();
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
