/**
 * `npm run portability`: the same questions to the project's gateway and to
 * another federation gateway (Hive Gateway) on the same subgraphs and the
 * same committed supergraph, and the answers compared.
 *
 * The other gateway cannot run the gateway's own subgraphs (the directory of
 * entry points and the joint plan) in its process, so they are served over
 * HTTP here, as any other gateway must reach them. It is installed on demand
 * into .bench/peer (its own `npm install --prefix`, not a dependency of the
 * project) and forwards the caller's token, the purpose and the
 * Idempotency-Key, as the project's gateway does.
 *
 * Compared: the `data` of each answer (the errors list may differ: the
 * project's gateway adds a top-level UNAVAILABLE error when an agency is
 * down, the other gateway none), with the access-log entries made before the
 * check only (the comparison's own reads add entries). Then FK is stopped and
 * the plans are asked again: both must show FK as UNAVAILABLE and the other
 * parts the same. Exit code 1 when any answer differs.
 *
 * Uses PG_ADMIN_URL, else a PostgreSQL server on 127.0.0.1:5432, else the
 * embedded one (as `npm start`); its databases are dropped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  AGENCIES,
  agencyKey,
  close,
  createLogger,
  demoOrganisationNumber,
  now,
  PROGRAMME,
  today,
} from '@malmokraften/shared';
import { dropDatabase, ensurePostgres, SHOWCASE, signPersonaToken } from '@malmokraften/dev';
import { ensurePeer, PEER_DIR, PEER_VERSION, supergraphWithUrls } from '../bench/peer';
import { serveLocalSubgraph } from '../bench/plan-service';
import { startSystem, type RunningSystem } from './system';

const ROOT = path.join(__dirname, '..');
const say = (line: string) => process.stdout.write(`${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s: Server = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** One of the gateway's own subgraphs over HTTP. */
async function startPeer(entry: string, supergraphFile: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: PEER_DIR,
    env: { ...process.env, PORT: String(port), SUPERGRAPH_FILE: supergraphFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the other gateway did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the other gateway exited with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

interface Question {
  name: string;
  persona: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Sent as Idempotency-Key to both gateways: the second answer is the first one's replay. */
  idempotencyKey?: string;
  /** A refusal: both gateways must answer no data and this error code. */
  refused?: string;
}

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const PLAN = `query ($id: ID!) { participant(id: $id) { id name programme { status team { id } nextFollowUp { scheduledAt } }
  jointPlan { itemCount items { intervention { id agency title status startDate endDate } parallel { count ids } } withheld { agency code message } responsibleOfficers { id agency } } } }`;

function questions(sys: RunningSystem): Question[] {
  // This year, or the programme's nearest year on a day outside it.
  const year = Math.min(Math.max(Number(today().slice(0, 4)), PROGRAMME.firstYear), PROGRAMME.lastYear);
  const someone =
    sys.people.find((p) => p.id !== SHOWCASE.consenting && p.teamId === 'T01' && !p.dischargedOn)?.id ??
    SHOWCASE.noConsent;
  return [
    {
      name: "the README's plan, caseworker on the team",
      persona: 'af-t01',
      query: PLAN,
      variables: { id: SHOWCASE.consenting },
    },
    {
      name: 'a plan without consent (parts withheld)',
      persona: 'af-t01',
      query: PLAN,
      variables: { id: SHOWCASE.noConsent },
    },
    { name: 'a protected identity', persona: 'soc-t01', query: PLAN, variables: { id: SHOWCASE.protectedIdentity } },
    {
      name: 'a plan for a caseworker of another team (all withheld)',
      persona: 'af-other',
      query: PLAN,
      variables: { id: SHOWCASE.consenting },
    },
    { name: 'a person nobody holds', persona: 'af-t01', query: PLAN, variables: { id: 'P-ZZZZZZZZ' } },
    { name: 'a plan, Region Skåne', persona: 'region-vsam', query: PLAN, variables: { id: someone } },
    {
      name: "a team's caseload with plans",
      persona: 'af-t01',
      query: `{ team(id: "T01") { id name caseload(first: 30) { id programme { status } jointPlan { itemCount withheld { agency code } items(first: 5) { intervention { id agency } } } } } }`,
    },
    {
      name: 'employer work and the ranking',
      persona: 'af-t01',
      query: `query ($id: ID!) { participant(id: $id) { employerWork { matches { id agency status } dueFollowUps { followUpId dueOn } withheld { agency code } }
        opportunityRanking(first: 5) { count items { opportunity { id agency } score reasons { code agency } } basis { fact agency } unavailable { agency code } } } }`,
      variables: { id: SHOWCASE.consenting },
    },
    {
      name: 'the joint mapping',
      persona: 'soc-t01',
      query: `query ($id: ID!) { participant(id: $id) { jointMapping { perspectives { agency situation abilities wishes obstacles version } withheld { agency code } } } }`,
      variables: { id: SHOWCASE.consenting },
    },
    {
      name: 'an employer',
      persona: 'af-t01',
      query: `{ employer(organisationNumber: "${demoOrganisationNumber(1)}") { organisationNumber name records { agency name } opportunities { id agency status } } }`,
    },
    {
      name: "the person's own access log",
      persona: 'participant',
      query: `query ($id: ID!) { participant(id: $id) { accessLogExtract { entries { at agency officerId decision categories purpose } withheld { agency code } } } }`,
      variables: { id: SHOWCASE.consenting },
    },
    {
      name: "the funder's report with its targets",
      persona: 'analyst',
      query: `{ programmeReport(period: "${year}") { period targets { figure target onTrack value { value withheld } } enrolled { total { value withheld } } } }`,
    },
    {
      name: "the report refused to a caseworker (each agency's FIGURES rule)",
      persona: 'af-t01',
      query: `{ programmeReport(period: "${year}") { enrolled { total { value } } } }`,
      refused: 'FORBIDDEN',
    },
    {
      name: 'a write under one Idempotency-Key (the second is a replay)',
      persona: 'af-t01',
      query: `mutation ($input: AfInterventionInput!) { addAfIntervention(input: $input) { id title status version } }`,
      variables: {
        input: {
          participantId: SHOWCASE.consenting,
          type: 'WAGE_SUBSIDY',
          title: 'Lönebidrag, jämförelse av gateways',
          status: 'PLANNED',
        },
      },
      idempotencyKey: randomUUID(),
    },
  ];
}

/** The answer's data with access-log entries made since the check began left out (the check's own reads). */
function comparable(answer: Answer, started: string): unknown {
  return JSON.parse(JSON.stringify(answer.data ?? null), (key, value: unknown) =>
    key === 'entries' && Array.isArray(value)
      ? value.filter((e: { at?: string }) => typeof e?.at !== 'string' || e.at < started)
      : value,
  );
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || '.'}: ours ${JSON.stringify(a)?.slice(0, 160)}, theirs ${JSON.stringify(b)?.slice(0, 160)}`;
}

async function main(): Promise<void> {
  if (!process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'warn';
  const log = createLogger('portability');
  const entry = ensurePeer(say);
  const pg = await ensurePostgres({ dataDir: path.join(ROOT, '.data'), persistent: true, log: (m) => say(m) });
  const prefix = `mkp_${process.pid}_${randomBytes(3).toString('hex')}`;
  const keyDir = mkdtempSync(path.join(tmpdir(), 'mk-keys-'));
  const sys = await startSystem({
    adminUrl: pg.adminUrl,
    databasePrefix: prefix,
    keyDir,
    population: { ongoing: 60, discharged: 20 },
    log,
  });
  const local = { directory: await serveLocalSubgraph('directory'), plan: await serveLocalSubgraph('plan') };
  let peer: ChildProcess | null = null;
  let failed = 0;
  try {
    const urls: Record<string, string> = { directory: local.directory.url, plan: local.plan.url };
    for (const s of Object.values(sys.subgraphs)) urls[s.agency.toLowerCase()] = s.url;
    const started = await startPeer(entry, supergraphWithUrls(urls, path.join(keyDir, 'supergraph.peer.graphql')));
    peer = started.child;
    say(
      `Our gateway ${sys.gatewayUrl}; Hive Gateway ${PEER_VERSION} ${started.url}; the directory and the plan over HTTP.`,
    );

    const tokens = new Map<string, string>();
    const ask = async (url: string, q: Question): Promise<Answer> => {
      let token = tokens.get(q.persona);
      if (!token) tokens.set(q.persona, (token = await signPersonaToken(q.persona, { keyDir })));
      const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      if (q.idempotencyKey) headers['idempotency-key'] = q.idempotencyKey;
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: q.query, variables: q.variables }),
      });
      return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
    };
    const peerUrl = started.url;
    const compare = async (
      label: string,
      qs: Question[],
      since: string,
      expect?: (ours: Answer, theirs: Answer) => string,
    ) => {
      say(`\n${label}`);
      for (const q of qs) {
        const ours = await ask(sys.gatewayUrl, q);
        const theirs = await ask(peerUrl, q);
        const difference =
          firstDifference(comparable(ours, since), comparable(theirs, since)) || (expect ? expect(ours, theirs) : '');
        const codes = (a: Answer) => (a.errors ?? []).map((e) => e.extensions?.code);
        const problem = q.refused
          ? codes(ours).includes(q.refused) && codes(theirs).includes(q.refused) && !difference
            ? ''
            : `expected no data and ${q.refused} from both: ours ${codes(ours).join(', ') || 'no error'}, theirs ${codes(theirs).join(', ') || 'no error'}`
          : ours.data === undefined || ours.data === null
            ? `our gateway answered no data (${codes(ours).join(', ')})`
            : difference;
        if (problem) failed++;
        say(`  ${problem ? 'FAIL' : 'same'}  ${q.name}${problem ? `: ${problem}` : ''}`);
      }
    };
    // On the services' clock (REFERENCE_DAY moves it), as the access log's entries are.
    const begin = now().toISOString();
    await compare('All four agencies up:', questions(sys), begin);

    await close(sys.subgraphs.FK.service.http);
    const fkDown = (ours: Answer, theirs: Answer): string => {
      const unavailable = (a: Answer) => JSON.stringify(a.data).includes('"agency":"FK","code":"UNAVAILABLE"');
      return unavailable(ours) && unavailable(theirs) ? '' : 'FK is not shown as UNAVAILABLE by both';
    };
    const plans = questions(sys).filter(
      (q) => q.query === PLAN && q.persona === 'af-t01' && q.variables?.id === SHOWCASE.consenting,
    );
    await compare('Försäkringskassan stopped:', plans, begin, fkDown);
  } finally {
    peer?.kill('SIGTERM');
    await local.directory.stop();
    await local.plan.stop();
    await sys.stop();
    await Promise.all(AGENCIES.map((a) => dropDatabase(pg.adminUrl, `${prefix}_${agencyKey(a)}`)));
    await pg.stop();
  }
  say(failed ? `\n${failed} answer(s) differ.` : '\nEvery answer the same.');
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `portability check failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
