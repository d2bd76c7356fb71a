import { connect, type Socket } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { SHOWCASE } from '@malmokraften/dev';
import { startProcessSystem, type ProcessSystem, type ServiceProcess } from '../scripts/processes';

/**
 * Connections, against the services as processes of their own: slow and
 * idle clients are let go within the configured timeouts, the connection
 * caps hold, a body over the limit is answered 413 before the client has
 * sent it all, and SIGTERM under steady keep-alive load ends every request
 * it accepted, closes the connections and exits 0 in a few seconds.
 */
let sys: ProcessSystem;

/** Short timeouts, so that the test takes seconds; the defaults are 5 s, 10 s and 5 s. */
const HEADERS_TIMEOUT_MS = 1500;
const REQUEST_TIMEOUT_MS = 3000;
const KEEP_ALIVE_TIMEOUT_MS = 1000;
const GATEWAY_CONNECTIONS_PER_ADDRESS = 12;
const AF_CONNECTIONS = 16;

const timeouts = {
  HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
};

beforeAll(async () => {
  sys = await startProcessSystem({
    population: { ongoing: 20, discharged: 2 },
    env: {
      GATEWAY: {
        ...timeouts,
        HTTP_MAX_CONNECTIONS_PER_ADDRESS: String(GATEWAY_CONNECTIONS_PER_ADDRESS),
        RATE_LIMIT_PER_CALLER: '0',
        RATE_LIMIT_PER_ADDRESS: '0',
      },
      AF: {
        ...timeouts,
        HTTP_MAX_CONNECTIONS: String(AF_CONNECTIONS),
        HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0',
        RATE_LIMIT_PER_CALLER: '0',
        RATE_LIMIT_PER_ADDRESS: '0',
      },
      // The keep-alive timeout is tried on Malmö's subgraph; the services stopped under load keep the default (5 s).
      MALMO: { HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS) },
    },
  });
}, 120_000);
afterAll(async () => sys?.stop(), 60_000);

function port(service: ServiceProcess): number {
  return Number(new URL(service.baseUrl).port);
}

/** A raw connection: what arrives, when it closes, and how (cleanly or reset). */
function rawConnection(service: ServiceProcess) {
  const socket = connect(port(service), '127.0.0.1');
  let received = '';
  const opened = Date.now();
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (received += chunk));
  const closed = new Promise<{ afterMs: number; error: string | null }>((resolve) => {
    let error: string | null = null;
    socket.on('error', (err: NodeJS.ErrnoException) => (error = err.code ?? err.message));
    socket.on('close', () => resolve({ afterMs: Date.now() - opened, error }));
  });
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, connected, closed, received: () => received };
}

const write = (socket: Socket, data: string | Buffer) =>
  new Promise<void>((resolve, reject) => socket.write(data, (err) => (err ? reject(err) : resolve())));

describe('slow and idle clients', () => {
  it('a connection that sends nothing, or headers that never end, is closed within the headers timeout', async () => {
    const idle = rawConnection(sys.gateway);
    const slow = rawConnection(sys.gateway);
    await Promise.all([idle.connected, slow.connected]);
    await write(slow.socket, 'POST /graphql HTTP/1.1\r\nHost: x\r\n');
    for (const c of [idle, slow]) {
      const { afterMs } = await c.closed;
      expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
      // Checked once a second: closed within the timeout and that second, with room for a busy machine.
      expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 3000);
    }
  }, 20_000);

  it('a body sent slowly is cut at the request timeout', async () => {
    const c = rawConnection(sys.subgraphs.AF);
    await c.connected;
    await write(
      c.socket,
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const drip = setInterval(() => c.socket.writable && c.socket.write(' '), 200);
    try {
      const { afterMs } = await c.closed;
      expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
      expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3000);
      // The client is told why, when the answer can still be written.
      expect(c.received()).toMatch(/^(HTTP\/1\.1 408 |$)/);
    } finally {
      clearInterval(drip);
    }
  }, 20_000);

  it('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
    const c = rawConnection(sys.subgraphs.MALMO);
    await c.connected;
    await write(c.socket, 'GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    const { afterMs } = await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(c.received()).toMatch(/keep-alive: timeout=1/i);
    expect(afterMs).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 100);
    expect(afterMs).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 3000);
  }, 20_000);
});

describe('connection caps', () => {
  async function openMany(service: ServiceProcess, n: number) {
    const conns = Array.from({ length: n }, () => rawConnection(service));
    await Promise.all(conns.map((c) => c.connected));
    // Those over the cap are closed as they arrive; the others stay open until the headers timeout.
    await new Promise((r) => setTimeout(r, 300));
    const open = conns.filter((c) => !c.socket.destroyed && c.socket.readyState === 'open');
    return { conns, open };
  }

  it('one client address gets at most HTTP_MAX_CONNECTIONS_PER_ADDRESS connections at once; the others are closed as they arrive', async () => {
    const { conns, open } = await openMany(sys.gateway, GATEWAY_CONNECTIONS_PER_ADDRESS + 8);
    try {
      expect(open.length).toBe(GATEWAY_CONNECTIONS_PER_ADDRESS);
      // An open one is served.
      await write(open[0]!.socket, 'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      await open[0]!.closed;
      expect(open[0]!.received()).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      for (const c of conns) c.socket.destroy();
    }
    // Once they are gone, the address is welcome again.
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${sys.gateway.baseUrl}/health/live`)).status).toBe(200);
  }, 20_000);

  it('a service holds at most HTTP_MAX_CONNECTIONS connections at once', async () => {
    const { conns, open } = await openMany(sys.subgraphs.AF, AF_CONNECTIONS + 8);
    try {
      // The gateway may hold one or two of AF's connections from its pool.
      expect(open.length).toBeLessThanOrEqual(AF_CONNECTIONS);
      expect(open.length).toBeGreaterThanOrEqual(AF_CONNECTIONS - 4);
    } finally {
      for (const c of conns) c.socket.destroy();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${sys.subgraphs.AF.baseUrl}/health/live`)).status).toBe(200);
  }, 20_000);
});

describe('bodies over the limit', () => {
  it('are answered 413 before the client has sent them, and the connection ends cleanly once it has', async () => {
    for (const service of [sys.gateway, sys.subgraphs.AF]) {
      const c = rawConnection(service);
      await c.connected;
      const size = 5_000_000;
      await write(
        c.socket,
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
      );
      await write(c.socket, Buffer.alloc(64 * 1024, 0x20));
      // The answer comes while most of the body is still to be sent.
      for (let i = 0; i < 50 && !c.received().includes('PAYLOAD_TOO_LARGE'); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
      expect(c.received()).toMatch(/connection: close/i);
      expect(c.received()).toContain('"code":"PAYLOAD_TOO_LARGE"');
      // The rest is taken and dropped; then the server closes, without a reset.
      for (let sent = 64 * 1024; sent < size; sent += 256 * 1024)
        await write(c.socket, Buffer.alloc(Math.min(256 * 1024, size - sent), 0x20));
      const { error } = await c.closed;
      expect(error).toBeNull();
    }
  }, 30_000);

  it('reach a Node client as the 413 answer, with or without a declared length, not as a broken pipe', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(5_000_000) } });
    for (const url of [sys.gatewayUrl, sys.subgraphs.AF.url]) {
      const declared = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect([url, declared.status]).toEqual([url, 413]);
      // Streamed, without Content-Length: refused once the first megabyte is past.
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const bytes = new TextEncoder().encode(body);
          for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.subarray(at, at + 65_536));
          controller.close();
        },
      });
      const streamed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      });
      expect([
        url,
        streamed.status,
        ((await streamed.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ]).toEqual([url, 413, 'PAYLOAD_TOO_LARGE']);
    }
  }, 30_000);

  it('announced with Expect: 100-continue are refused before the body is sent', async () => {
    const c = rawConnection(sys.gateway);
    await c.connected;
    await write(
      c.socket,
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n',
    );
    for (let i = 0; i < 50 && !c.received().includes('PAYLOAD_TOO_LARGE'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(c.received()).not.toMatch(/100 Continue/);
    c.socket.destroy();
  });
});

interface LoopResult {
  answered: number;
  /** Requests the service never accepted: the connection was refused (it had stopped listening). */
  refused: number;
  /** Requests sent and then lost: a reset or closed connection with no answer. */
  cut: string[];
  /** Answers that said `Connection: close`. */
  closing: number;
}

/**
 * Keep-alive clients, each sending requests one after the other on its own
 * pooled connection, until the service refuses connections.
 */
async function steadyLoad(
  url: string,
  request: () => RequestInit,
  clients: number,
  signal: { sigterm: number | null },
): Promise<LoopResult> {
  const result: LoopResult = { answered: 0, refused: 0, cut: [], closing: 0 };
  const agent = new Agent({ connections: clients, keepAliveTimeout: 30_000, pipelining: 1 });
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (;;) {
          try {
            const res = await undiciFetch(url, { ...(request() as object), dispatcher: agent });
            await res.arrayBuffer();
            if (res.status !== 200) result.cut.push(`HTTP ${res.status}`);
            result.answered += 1;
            if (res.headers.get('connection') === 'close') result.closing += 1;
          } catch (err) {
            const cause = (err as { cause?: { code?: string; message?: string } }).cause;
            if (cause?.code === 'ECONNREFUSED') {
              result.refused += 1;
              return;
            }
            result.cut.push(`${cause?.code ?? ''} ${cause?.message ?? String(err)}`);
            if (signal.sigterm !== null && Date.now() - signal.sigterm > 15_000) return;
          }
        }
      }),
    );
  } finally {
    await agent.close();
  }
  return result;
}

describe('SIGTERM under steady load', () => {
  async function stopUnderLoad(service: ServiceProcess, url: string, request: () => RequestInit) {
    // Warmed up first: the gateway plans a query the first time it sees it.
    expect((await fetch(url, request())).status).toBe(200);
    const signal: { sigterm: number | null } = { sigterm: null };
    const load = steadyLoad(url, request, 6, signal);
    await new Promise((r) => setTimeout(r, 2000));
    const exited = service.exited();
    signal.sigterm = Date.now();
    process.kill(service.pid(), 'SIGTERM');
    const exit = await exited;
    const shutdownMs = Date.now() - signal.sigterm;
    const result = await load;
    return { exit, shutdownMs, result };
  }

  it('the gateway answers every request it accepted, closes its connections and exits 0 within seconds', async () => {
    const token = await sys.token('af-t01');
    const request = () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query P($id: ID!) { participant(id: $id) { jointPlan { items { intervention { id } } withheld { agency } } } }',
        variables: { id: SHOWCASE.consenting },
      }),
    });
    try {
      const { exit, shutdownMs, result } = await stopUnderLoad(sys.gateway, sys.gatewayUrl, request);
      process.stdout.write(
        `gateway: SIGTERM under load of 6 keep-alive clients → exit ${exit.code} after ${shutdownMs} ms; ${result.answered} answered, ${result.refused} refused, ${result.cut.length} cut\n`,
      );
      expect(result.cut).toEqual([]);
      expect(result.answered).toBeGreaterThan(6);
      expect(result.refused).toBe(6);
      expect(result.closing).toBeGreaterThan(0);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(shutdownMs).toBeLessThan(5000);
    } finally {
      if (!sys.gateway.running()) await sys.gateway.start();
    }
  }, 60_000);

  it('a subgraph does the same', async () => {
    const token = await sys.token('af-t01');
    const request = () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ _entities(representations: [{ __typename: "Participant", id: "${SHOWCASE.consenting}" }]) { ... on Participant { afPlanPart { interventions { id } } } } }`,
      }),
    });
    const af = sys.subgraphs.AF;
    try {
      const { exit, shutdownMs, result } = await stopUnderLoad(af, af.url, request);
      process.stdout.write(
        `AF: SIGTERM under load of 6 keep-alive clients → exit ${exit.code} after ${shutdownMs} ms; ${result.answered} answered, ${result.refused} refused, ${result.cut.length} cut\n`,
      );
      expect(result.cut).toEqual([]);
      expect(result.answered).toBeGreaterThan(6);
      expect(result.refused).toBe(6);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(shutdownMs).toBeLessThan(5000);
    } finally {
      if (!af.running()) await af.start();
    }
  }, 60_000);
});
