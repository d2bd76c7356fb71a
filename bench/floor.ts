/**
 * The floor: the same work sent straight to the subgraphs, with no gateway.
 * For each client query the gateway's own query planner (the one
 * `@apollo/gateway` uses, on the committed supergraph) gives the subgraph
 * fetches the gateway would send; the floor sends exactly those, stage by
 * stage (parallel fetches in parallel), with the participants' keys as
 * representations. The gateway's own subgraphs (the directory of entry
 * points and the plan's merge) read no database and run in the gateway's
 * process, so the floor leaves them out.
 *
 * Each subgraph answers with the number of SQL statements the request sent
 * (`x-sql-statements`); summed per client query this gives the statements
 * per request per subgraph.
 */
import { Agent, request as httpRequest } from 'node:http';
import { parse } from 'graphql';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';

export interface Fetch {
  service: string;
  operation: string;
  /** Entity fetch: representations are built from the participants' ids. */
  entities: boolean;
  /** The entity type an entity fetch resolves (e.g. Participant, Team, Report). */
  entityType: string | null;
  variableUsages: string[];
}

/** The fetches of a query plan in stages: every stage runs in parallel after the one before. */
export type Stages = Fetch[][];

function toStages(node: PlanNode | undefined): Stages {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch': {
      const f: FetchNode = node;
      const first = f.requires?.[0];
      const entityType = first && first.kind === 'InlineFragment' ? (first.typeCondition ?? null) : null;
      return [
        [
          {
            service: f.serviceName,
            operation: f.operation,
            entities: (f.requires?.length ?? 0) > 0,
            entityType,
            variableUsages: f.variableUsages ?? [],
          },
        ],
      ];
    }
    case 'Flatten':
      return toStages(node.node);
    case 'Sequence':
      return node.nodes.flatMap((n) => toStages(n));
    case 'Parallel': {
      // Parallel branches, each possibly several stages deep: zip them stage by stage.
      const branches = node.nodes.map((n) => toStages(n));
      const depth = Math.max(0, ...branches.map((b) => b.length));
      return Array.from({ length: depth }, (_, i) => branches.flatMap((b) => b[i] ?? []));
    }
    default:
      throw new Error(`query plan node ${node.kind} is not supported by the floor`);
  }
}

/** The gateway's own subgraphs, which run in its process. */
const IN_PROCESS = new Set(['directory', 'plan']);

export function createPlanner(supergraphSdl: string) {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const cache = new Map<string, Stages>();
  return {
    /** The subgraph fetches the gateway makes for `query`, without its in-process subgraphs. */
    stages(query: string): Stages {
      let s = cache.get(query);
      if (!s) {
        const operation = operationFromDocument(supergraph.schema, parse(query), { validate: true });
        s = toStages(planner.buildQueryPlan(operation).node as PlanNode | undefined)
          .map((stage) => stage.filter((f) => !IN_PROCESS.has(f.service)))
          .filter((stage) => stage.length > 0);
        cache.set(query, s);
      }
      return s;
    },
  };
}

export interface FloorCall {
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  /** Participant ids the entity fetches carry (the ones the root fetch returned). */
  participantIds: string[];
  /** Representations for entity fetches by type (e.g. a team, the report); participants default to one per participant id. */
  representations?: Record<string, Array<Record<string, unknown>>>;
}

export interface FloorResult {
  ok: boolean;
  /** SQL statements per subgraph for this call. */
  statements: Record<string, number>;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function post(
  url: string,
  body: string,
  authorization: string,
): Promise<{ status: number; text: string; statements: number }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = httpRequest(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
            statements: Number(res.headers['x-sql-statements'] ?? 0),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs one client query's fetches straight against the subgraphs (name → URL). */
export async function floorCall(stages: Stages, urls: Record<string, string>, call: FloorCall): Promise<FloorResult> {
  const statements: Record<string, number> = {};
  let ok = true;
  for (const stage of stages) {
    const answers = await Promise.all(
      stage.map((f) => {
        const variables: Record<string, unknown> = {};
        for (const v of f.variableUsages) variables[v] = call.variables[v];
        if (f.entities) {
          const type = f.entityType ?? 'Participant';
          variables.representations =
            call.representations?.[type] ??
            (type === 'Participant' ? call.participantIds.map((id) => ({ __typename: type, id })) : []);
        }
        const url = urls[f.service];
        if (!url) throw new Error(`no URL for subgraph ${f.service}`);
        return post(url, JSON.stringify({ query: f.operation, variables }), call.authorization).then((a) => ({ f, a }));
      }),
    );
    for (const { f, a } of answers) {
      statements[f.service] = (statements[f.service] ?? 0) + a.statements;
      if (a.status !== 200 || a.text.includes('"errors"')) ok = false;
    }
  }
  return { ok, statements };
}
