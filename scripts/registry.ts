/**
 * Writes what is derived from the agency registry (shared/src/agencies.ts)
 * and the agencies' own schemas into files that cannot import it, and with
 * --check fails when one of them is stale (`npm run check` runs that):
 *
 *  - the Agency and Party enums of shared/schema/common.graphql (every
 *    subgraph's schema starts from that file);
 *  - docker-compose.yml's database, demo seed step, subgraph, network and
 *    volume of each agency and the gateway's URL of and wait for each
 *    subgraph;
 *  - .env.example's variables per agency, and deploy/initdb/<agency>.sql;
 *  - the gateway's plan and directory schemas, gateway/plan/generated/
 *    (scripts/plan-schema.ts);
 *  - the web app's list of the agencies, web/src/agencies.ts, and the
 *    operations each agency serves under its own field names and the
 *    query of the lists each serves on the person (its consents),
 *    web/src/generated/agency-operations.ts (scripts/agency-operations.ts);
 *  - the values of the schemas' enums in their order, for the kit's lists,
 *    each agency's own and the web app's choices,
 *    shared/src/generated/enum-values.ts,
 *    subgraphs/<folder>/src/generated/enum-values.ts and
 *    web/src/generated/enum-values.ts (scripts/enum-values.ts);
 *  - each agency's Kubernetes overlay, deploy/kubernetes/overlays/<key>/,
 *    and the gateway's subgraph URLs and egress in deploy/kubernetes/base/gateway/
 *    (scripts/kubernetes/overlays.ts).
 *
 * In a file that is also written by hand, only the blocks between marker
 * lines are written (withBlocks); the rest stays as it is.
 *
 * It also refuses a registry that cannot work: two agencies on one port or
 * folder, a key that is no GraphQL enum value, a folder without its
 * schema, module or main file, a role in two places.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  AGENCIES,
  AGENCY_NAMES,
  AGENCY_PORTS,
  AGENCY_REGISTRY,
  ORGANISATION_PARTIES,
  PARTIES,
  agencyFolder,
  agencyKey,
  partyDescription,
  type Agency,
} from '../shared/src/agencies';
import { agencyDatabase } from '../shared/src/service/config';
import {
  agencyOverlayFiles,
  GATEWAY_CONFIGMAP,
  GATEWAY_NETWORKPOLICY,
  gatewayEgressBlock,
  gatewayUrlBlock,
} from './kubernetes/overlays';
import { agencyOperationsModule } from './agency-operations';
import { enumValuesModule } from './enum-values';
import { planSchemaFiles } from './plan-schema';

const root = path.join(__dirname, '..');
const COMMON = path.join(root, 'shared/schema/common.graphql');
const COMPOSE = path.join(root, 'docker-compose.yml');
const ENV_EXAMPLE = path.join(root, '.env.example');
const INITDB = path.join(root, 'deploy/initdb');
const WEB_AGENCIES = path.join(root, 'web/src/agencies.ts');
const WEB_OPERATIONS = path.join(root, 'web/src/generated/agency-operations.ts');
const WEB_ENUM_VALUES = path.join(root, 'web/src/generated/enum-values.ts');
const SHARED_ENUM_VALUES = path.join(root, 'shared/src/generated/enum-values.ts');

const NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** A GraphQL string, for a description. */
const described = (text: string) => JSON.stringify(text);

/** The enums that list the agencies and their parties, as every subgraph shares them. */
export function agencyEnums(): string {
  const agencies = AGENCIES.map((a) => `  ${described(AGENCY_NAMES[a])}\n  ${a}`).join('\n');
  const parties = PARTIES.map((p) => {
    const d = partyDescription(p);
    return d === null ? `  ${p}` : `  ${described(d)}\n  ${p}`;
  }).join('\n');
  const count = NUMBERS[AGENCIES.length] ?? String(AGENCIES.length);
  return `"The ${count} agencies that own records in the programme."
enum Agency {
${agencies}
}

"""
An independent part that consent can name as recipient. Secrecy applies
between them even inside one municipality (OSL 8 kap. 2 §).
"""
enum Party {
${parties}
}`;
}

/** One agency's names in docker-compose.yml and .env.example: its service, database service and variables. */
function composeNames(agency: Agency) {
  const key = agencyKey(agency);
  const db = agencyDatabase(agency);
  const admin = `\${${agency}_DB_ADMIN_PASSWORD:-mk_${key}_admin_dev}`;
  const app = `\${${agency}_DB_APP_PASSWORD:-${db.password}}`;
  return { key, db, admin, app };
}

/** docker-compose.yml's blocks that hold one entry per agency. */
function composeBlocks(): Record<string, string> {
  const each = (f: (a: Agency) => string, separator = '\n') => AGENCIES.map(f).join(separator);
  return {
    'agency databases': each((a) => {
      const { key, db, admin, app } = composeNames(a);
      return `  ${key}-db:
    <<: *database
    environment:
      POSTGRES_DB: ${db.database}
      POSTGRES_PASSWORD: ${admin}
      APP_DB_PASSWORD: ${app}
    volumes:
      - ${key}-db-data:/var/lib/postgresql/data
      - ./deploy/initdb/${key}.sql:/docker-entrypoint-initdb.d/10-app-role.sql:ro
    networks: [${key}-data]
`;
    }),
    'agency subgraphs': each((a) => {
      const { key, db, admin, app } = composeNames(a);
      return `  ${key}-seed:
    <<: *demo-seed
    command: ["node", "--import", "tsx", "dev/src/seed-agency.ts", "${key}"]
    depends_on:
      ${key}-db:
        condition: service_healthy
    environment:
      <<: *seed-env
      DATABASE_URL: postgres://${db.role}:${app}@${key}-db:5432/${db.database}
      MIGRATION_DATABASE_URL: postgres://postgres:${admin}@${key}-db:5432/${db.database}
    networks: [${key}-data]

  ${key}:
    <<: *service
    command: ["node", "--import", "tsx", "subgraphs/${agencyFolder(a)}/src/main.ts"]
    depends_on:
      ${key}-db:
        condition: service_healthy
      ${key}-seed:
        condition: service_completed_successfully
    environment:
      <<: *subgraph-env
      PORT: "${AGENCY_PORTS[a]}"
      DATABASE_URL: postgres://${db.role}:${app}@${key}-db:5432/${db.database}
      MIGRATION_DATABASE_URL: postgres://postgres:${admin}@${key}-db:5432/${db.database}
    volumes:
      - *jwks
    networks: [federation, ${key}-data]
`;
    }),
    'gateway depends_on': each((a) => `      ${agencyKey(a)}:\n        condition: service_healthy`),
    'gateway subgraph URLs': each((a) => `      ${a}_URL: http://${agencyKey(a)}:${AGENCY_PORTS[a]}/graphql`),
    'agency networks': each((a) => `  ${agencyKey(a)}-data:\n    internal: true`),
    'agency volumes': each((a) => `  ${agencyKey(a)}-db-data: {}`),
  };
}

/** .env.example's blocks: the variables docker-compose.yml reads per agency, and the gateway's per agency. */
function envBlocks(): Record<string, string> {
  return {
    passwords: AGENCIES.map((a) => {
      const { key, db } = composeNames(a);
      return `${a}_DB_ADMIN_PASSWORD=mk_${key}_admin_dev\n${a}_DB_APP_PASSWORD=${db.password}`;
    }).join('\n'),
    'subgraph URLs': AGENCIES.map((a) => `# ${a}_URL=http://127.0.0.1:${AGENCY_PORTS[a]}/graphql`).join('\n'),
  };
}

/** deploy/initdb/<agency>.sql: the agency's app role, made when its database volume is first created. */
function initdb(agency: Agency): string {
  const { database, role } = agencyDatabase(agency);
  const name = AGENCY_NAMES[agency];
  return `-- Written by \`npm run registry\` from the agency registry (shared/src/agencies.ts); do not edit.
--
-- ${name}'s database, first start only: the official postgres image runs
-- this once, as the superuser in database ${database}, when the volume is empty.
--
-- Creates the one login role ${name}'s subgraph uses at run time
-- (agencyDatabase() in shared/src/service/config.ts) with the rights
-- provisionDatabase() gives it in development: read and write rows, never
-- change the schema. The tables are created by the subgraph's migrations,
-- run as the superuser through MIGRATION_DATABASE_URL; the default
-- privileges below let the role use them, and the migrations narrow that
-- further where they need to. The password comes from the container's
-- APP_DB_PASSWORD, the same value that is in the subgraph's DATABASE_URL.
\\set ON_ERROR_STOP on
\\getenv app_password APP_DB_PASSWORD
\\if :{?app_password}
\\else
DO $$ BEGIN RAISE EXCEPTION 'APP_DB_PASSWORD is not set for the ${database} database container'; END $$;
\\endif

CREATE ROLE ${role} WITH LOGIN PASSWORD :'app_password';

REVOKE ALL ON DATABASE ${database} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${role};

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${role};
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};
`;
}

/**
 * A file with its generated blocks written anew. A block sits between a
 * line `# --- <name>: written by \`npm run registry\` … ---` and a line
 * `# --- end of <name> ---` (at any indentation, so YAML and GraphQL alike
 * can hold them); the rest of the file is left as written.
 */
export function withBlocks(file: string, text: string, blocks: Record<string, string>): string {
  let out = text;
  for (const [name, content] of Object.entries(blocks)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const begin = new RegExp(`^[ \\t]*# --- ${escaped}: written by \`npm run registry\`[^\\n]*\\n`, 'm').exec(out);
    const end = new RegExp(`^[ \\t]*# --- end of ${escaped} ---$`, 'm').exec(out);
    if (!begin || !end || end.index < begin.index)
      throw new Error(`${path.relative(root, file)} has lost the marker lines of its block "${name}"`);
    out = out.slice(0, begin.index + begin[0].length) + `${content}\n` + out.slice(end.index);
  }
  return out;
}

/** web/src/agencies.ts: the web app cannot import the registry, so it gets the agencies, their names, parts and roles. */
function webAgencies(): string {
  const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
  return `// Written by \`npm run registry\` from the agency registry (shared/src/agencies.ts); do not edit.

/** The agencies, in the registry's order: the order of every list of them. */
export const AGENCIES = ${list(AGENCIES)} as const;
export type Agency = (typeof AGENCIES)[number];

/** Each agency's name as people know it, where the app's texts have none of their own. */
export const AGENCY_NAMES: Record<Agency, string> = {
${AGENCIES.map((a) => `  ${a}: ${JSON.stringify(AGENCY_NAMES[a])},`).join('\n')}
};

/** Independent parts that consent names as recipients, in the registry's order. */
export const PARTIES = ${list(PARTIES)} as const;
export type Party = (typeof PARTIES)[number];

/** The independent parts of each agency. */
export const OWN_PARTIES: Record<Agency, readonly Party[]> = {
${AGENCIES.map((a) => `  ${a}: ${list(ORGANISATION_PARTIES[a])},`).join('\n')}
};

/** The roles that belong to each agency: its staff who work with participants' cases. */
export const AGENCY_ROLES: Record<Agency, readonly string[]> = {
${AGENCIES.map((a) => `  ${a}: ${list(AGENCY_REGISTRY[a].roles)},`).join('\n')}
};
`;
}

/** An agency's own schema's text. */
const agencySchema = (agency: Agency) =>
  readFileSync(path.join(root, 'subgraphs', agencyFolder(agency), 'schema.graphql'), 'utf8');

/** The agencies' schemas, for web/src/generated/agency-operations.ts. */
function webOperations(): string {
  return agencyOperationsModule(
    AGENCIES.map((agency) => ({ agency, key: agencyKey(agency), schema: agencySchema(agency) })),
  );
}

async function formatted(file: string, text: string, parser: 'graphql' | 'yaml' | 'typescript'): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(text, { ...options, parser });
}

/** What makes the registry unusable, one line each. */
export function registryProblems(): string[] {
  const problems: string[] = [];
  const seen = (what: string, values: Array<[string, string | number]>) => {
    const by = new Map<string | number, string[]>();
    for (const [agency, v] of values) by.set(v, [...(by.get(v) ?? []), agency]);
    for (const [v, agencies] of by)
      if (agencies.length > 1) problems.push(`${agencies.join(' and ')} share the ${what} ${v}`);
  };
  seen('port', [['GATEWAY', 4000], ...AGENCIES.map((a) => [a, AGENCY_PORTS[a]] as [string, number])]);
  seen(
    'folder',
    AGENCIES.map((a) => [a, agencyFolder(a)]),
  );
  seen('role', [
    ...AGENCIES.flatMap((a) => AGENCY_REGISTRY[a].roles.map((r) => [a, r] as [string, string])),
    ['FINSAM', 'ANALYST'],
    ['PERSON', 'PARTICIPANT'],
    ['every organisation', 'AUDITOR'],
    ['every organisation', 'ADMINISTRATOR'],
  ]);
  seen(
    'party',
    PARTIES.map((p) => [p, p]),
  );
  for (const a of AGENCIES) {
    // The key is an enum value, an environment variable's prefix (AF_URL) and, lower-cased, a field prefix.
    if (!/^[A-Z][A-Z0-9]*$/.test(a)) problems.push(`${a}: a key is upper-case letters and digits`);
    for (const file of ['schema.graphql', 'src/index.ts', 'src/main.ts', 'src/demo.ts']) {
      const f = path.join('subgraphs', agencyFolder(a), file);
      if (!existsSync(path.join(root, f))) problems.push(`${a}: ${f} is missing`);
    }
  }
  return problems;
}

/** Every derived file's path and text. */
export async function registryFiles(): Promise<Map<string, string>> {
  const problems = registryProblems();
  if (problems.length > 0)
    throw new Error(`The agency registry cannot work:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  const read = (f: string) => readFileSync(f, 'utf8');
  const common = withBlocks(COMMON, read(COMMON), { 'agency enums': agencyEnums() });
  const compose = withBlocks(COMPOSE, read(COMPOSE), composeBlocks());
  const gateway = withBlocks(GATEWAY_CONFIGMAP, read(GATEWAY_CONFIGMAP), { 'subgraph URLs': gatewayUrlBlock() });
  const egress = withBlocks(GATEWAY_NETWORKPOLICY, read(GATEWAY_NETWORKPOLICY), {
    'subgraph namespaces': gatewayEgressBlock(),
  });
  return new Map([
    [COMMON, await formatted(COMMON, common, 'graphql')],
    [COMPOSE, await formatted(COMPOSE, compose, 'yaml')],
    [ENV_EXAMPLE, withBlocks(ENV_EXAMPLE, read(ENV_EXAMPLE), envBlocks())],
    ...AGENCIES.map((a): [string, string] => [path.join(INITDB, `${agencyKey(a)}.sql`), initdb(a)]),
    ...(await planSchemaFiles()),
    [GATEWAY_CONFIGMAP, await formatted(GATEWAY_CONFIGMAP, gateway, 'yaml')],
    [GATEWAY_NETWORKPOLICY, await formatted(GATEWAY_NETWORKPOLICY, egress, 'yaml')],
    [WEB_AGENCIES, await formatted(WEB_AGENCIES, webAgencies(), 'typescript')],
    [WEB_OPERATIONS, await formatted(WEB_OPERATIONS, webOperations(), 'typescript')],
    [
      WEB_ENUM_VALUES,
      await formatted(
        WEB_ENUM_VALUES,
        enumValuesModule([common, ...AGENCIES.map(agencySchema)], "the common schema and the agencies' schemas"),
        'typescript',
      ),
    ],
    [
      SHARED_ENUM_VALUES,
      await formatted(SHARED_ENUM_VALUES, enumValuesModule([common], 'the common schema'), 'typescript'),
    ],
    ...(await Promise.all(
      AGENCIES.map(async (a): Promise<[string, string]> => {
        const file = path.join(root, 'subgraphs', agencyFolder(a), 'src/generated/enum-values.ts');
        return [
          file,
          await formatted(file, enumValuesModule([agencySchema(a)], `${AGENCY_NAMES[a]}'s schema`), 'typescript'),
        ];
      }),
    )),
    ...(await Promise.all(
      agencyOverlayFiles().map(async ([f, text]): Promise<[string, string]> => [f, await formatted(f, text, 'yaml')]),
    )),
  ]);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let files: Map<string, string>;
  try {
    files = await registryFiles();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  if (check) {
    const stale = [...files].filter(([f, text]) => !existsSync(f) || readFileSync(f, 'utf8') !== text);
    if (stale.length > 0) {
      console.error(
        `stale: ${stale.map(([f]) => path.relative(root, f)).join(', ')}. The agency registry, an agency's schema or gateway/plan/*.graphql changed since they were written: run \`npm run registry\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log('what is derived from the agency registry is up to date');
    return;
  }
  for (const [f, text] of files) {
    mkdirSync(path.dirname(f), { recursive: true });
    if (existsSync(f) && readFileSync(f, 'utf8') === text) continue;
    writeFileSync(f, text);
    console.log(`wrote ${path.relative(root, f)}`);
  }
}

if (require.main === module) void main();
