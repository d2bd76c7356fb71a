/**
 * What `npm run registry` writes into deploy/kubernetes/ from the agency
 * registry (shared/src/agencies.ts): each agency's overlay,
 * deploy/kubernetes/overlays/<key>/, in full, and in the gateway's base
 * the subgraph URLs (configmap.yaml) and the namespaces its pods may reach
 * (networkpolicy.yaml), blocks between marker lines.
 * `npm run k8s:check` then checks them like any other overlay.
 */
import path from 'node:path';
import { AGENCIES, AGENCY_NAMES, agencyFolder, agencyKey, type Agency } from '../../shared/src/agencies';
import { agencyDatabase } from '../../shared/src/service/config';

const ROOT = path.join(__dirname, '..', '..');
export const KUBERNETES = path.join(ROOT, 'deploy', 'kubernetes');
export const GATEWAY_CONFIGMAP = path.join(KUBERNETES, 'base', 'gateway', 'configmap.yaml');
export const GATEWAY_NETWORKPOLICY = path.join(KUBERNETES, 'base', 'gateway', 'networkpolicy.yaml');

const WRITTEN = `Written by \`npm run registry\` from the agency registry (shared/src/agencies.ts); do not edit.`;

/** The namespace an agency's overlay deploys into. */
export const agencyNamespace = (agency: Agency): string => `malmokraften-${agencyKey(agency)}`;

/** One agency's overlay: its files by name. */
export function agencyOverlay(agency: Agency): Record<string, string> {
  const key = agencyKey(agency);
  const name = AGENCY_NAMES[agency];
  const namespace = agencyNamespace(agency);
  const { database, role } = agencyDatabase(agency);
  const owner = `${database}_owner`;
  return {
    'kustomization.yaml': `# ${WRITTEN}
#
# ${name}'s part: its subgraph and its PostgreSQL in the namespace
# ${namespace}, deployed by ${name}'s operations team:
#   kubectl apply -k deploy/kubernetes/overlays/${key}
# Before the first apply, create the Secrets db-owner, db-app,
# backup-object-store, gateway-secret (the value the programme gives every
# namespace) and token-jwks unless TOKEN_JWKS_URL is set; set the registry
# and tag, the identity provider, its addresses and the database's
# (identity-provider.yaml, database-egress.yaml) and the bucket in a
# kustomization of your own that lists this overlay as its resource
# (docs/kubernetes.md).
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${namespace}
resources:
  - namespace.yaml
  - ../../base/subgraph
  - ../../base/database
  - identity-provider.yaml
  - database-egress.yaml
images:
  # The image the Dockerfile builds, pushed to the agency's registry; the tag is the release (package.json version).
  - name: malmokraften
    newName: registry.example/malmokraften
    newTag: "0.1.0"
patches:
  - path: settings.yaml
  - path: database.yaml
  - path: backups.yaml
`,
    'namespace.yaml': `# ${WRITTEN}
apiVersion: v1
kind: Namespace
metadata:
  name: ${namespace}
  labels:
    app.kubernetes.io/part-of: malmokraften
    # Pods that ask for privileges are refused in this namespace.
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: latest
`,
    'settings.yaml': `# ${WRITTEN}
apiVersion: v1
kind: ConfigMap
metadata:
  name: subgraph
data:
  AGENCY: ${agencyFolder(agency)}
  DB_NAME: ${database}
  # The identity provider's public key set, issuer and audience. Left empty,
  # the key set comes from the Secret token-jwks and the issuer and audience
  # are the development ones (malmokraften-dev-idp, malmokraften).
  TOKEN_JWKS_URL: ""
  TOKEN_ISSUER: ""
  TOKEN_AUDIENCE: ""
`,
    'database.yaml': `# ${WRITTEN}
#
# ${name}'s database ${database}: owned by ${owner} (the migrations), used by
# ${role} (the subgraph), as in docker-compose.yml and deploy/initdb/${key}.sql.
# The SQL runs once, as the superuser, when the cluster is first created; the
# operator then keeps ${role}'s password equal to the Secret db-app.
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: db
spec:
  bootstrap:
    initdb:
      database: ${database}
      owner: ${owner}
      postInitApplicationSQL:
        - REVOKE ALL ON DATABASE ${database} FROM PUBLIC
        - CREATE ROLE ${role} LOGIN
        - GRANT CONNECT, TEMPORARY ON DATABASE ${database} TO ${role}
        - REVOKE CREATE ON SCHEMA public FROM PUBLIC
        - GRANT USAGE ON SCHEMA public TO ${role}
        - ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}
        - ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}
  managed:
    roles:
      - name: ${role}
        comment: ${name}'s subgraph; reads and writes rows, never changes the schema
        ensure: present
        login: true
        inherit: false
        passwordSecret:
          name: db-app
`,
    'backups.yaml': `# ${WRITTEN}
#
# ${name}'s backups: its own bucket (or prefix), never another agency's.
apiVersion: barmancloud.cnpg.io/v1
kind: ObjectStore
metadata:
  name: backups
spec:
  configuration:
    destinationPath: s3://malmokraften-backups/${key}
`,
    'identity-provider.yaml': `# ${WRITTEN}
#
# The subgraph fetches the identity provider's key set (TOKEN_JWKS_URL) once
# at start-up over HTTPS. Set the provider's addresses (in a kustomization of
# your own); 192.0.2.0/24 is a documentation range that reaches nothing.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: subgraph-to-identity-provider
spec:
  podSelector:
    matchLabels: { app.kubernetes.io/name: subgraph }
  policyTypes: ["Egress"]
  egress:
    - to:
        - ipBlock: { cidr: 192.0.2.0/24 }
      ports:
        - { protocol: TCP, port: 443 }
`,
    'database-egress.yaml': `# ${WRITTEN}
#
# The database pods reach the Kubernetes API (the operator's instance
# manager runs in them) and the object store (WAL archive and backups).
# Set both addresses for your cluster (in a kustomization of your own);
# 192.0.2.0/24 and 198.51.100.0/24 are documentation ranges that reach
# nothing.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: database-egress
spec:
  podSelector:
    matchLabels: { cnpg.io/cluster: db }
  policyTypes: ["Egress"]
  egress:
    # The Kubernetes API server.
    - to:
        - ipBlock: { cidr: 192.0.2.0/24 }
      ports:
        - { protocol: TCP, port: 443 }
        - { protocol: TCP, port: 6443 }
    # The object store.
    - to:
        - ipBlock: { cidr: 198.51.100.0/24 }
      ports:
        - { protocol: TCP, port: 443 }
`,
  };
}

/** Every agency's overlay files: path and text. */
export function agencyOverlayFiles(): Array<[string, string]> {
  return AGENCIES.flatMap((agency) =>
    Object.entries(agencyOverlay(agency)).map(([file, text]): [string, string] => [
      path.join(KUBERNETES, 'overlays', agencyKey(agency), file),
      text,
    ]),
  );
}

/** The gateway ConfigMap's block: where each agency's subgraph answers, its Service in its namespace. */
export function gatewayUrlBlock(): string {
  return AGENCIES.map((a) => `  ${a}_URL: http://subgraph.${agencyNamespace(a)}.svc/graphql`).join('\n');
}

/** The gateway's NetworkPolicy block: its pods reach each agency's subgraph pods, in the agency's namespace. */
export function gatewayEgressBlock(): string {
  return AGENCIES.map(
    (a) => `        - namespaceSelector:
            matchLabels: { kubernetes.io/metadata.name: ${agencyNamespace(a)} }
          podSelector:
            matchLabels: { app.kubernetes.io/name: subgraph }`,
  ).join('\n');
}
