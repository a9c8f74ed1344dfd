/**
 * `npm run k8s`: writes the Kubernetes overlays of deploy/k8s/overlays from the network registry, one
 * per network and one for the hub, so the list of networks is kept in one place. test/k8s.test.ts
 * fails when the committed overlays differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NETWORKS, type NetworkDefinition } from '#shared/registry';

export const OVERLAYS_DIR = join(__dirname, '..', 'deploy', 'k8s', 'overlays');
/** Every subgraph listens on this port in its own namespace (deploy/k8s/base/subgraph). */
export const SUBGRAPH_PORT = 4100;
export const namespaceOf = (network: NetworkDefinition) => `jcn-${network.key}`;

const HEADER = '# Written by `npm run k8s` from shared/src/registry.ts: edit the base or the script, not this file.';
// The image every process runs (Dockerfile); set newName and newTag to your registry's before applying.
const IMAGES = ['images:', '  - name: jcn-hub', '    newName: registry.example.org/jcn-hub', '    newTag: "0.1.0"'];

function networkOverlay(network: NetworkDefinition): string {
  return [
    HEADER,
    `# ${network.name}: ${network.fullName}. Apply after its Secrets exist (docs/deployment.md, "Kubernetes").`,
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${namespaceOf(network)}`,
    'resources:',
    '  - ../../base/subgraph',
    'labels:',
    '  - pairs:',
    `      jcn.unodc.org/network: ${network.key}`,
    'configMapGenerator:',
    '  - name: network',
    '    literals:',
    `      - JCN_PROCESS=${network.key}`,
    `      - DB_NAME=${network.key}`,
    'patches:',
    '  - target:',
    '      kind: Cluster',
    '      name: db',
    '    patch: |-',
    '      - op: replace',
    '        path: /spec/bootstrap/initdb/database',
    `        value: ${network.key}`,
    ...IMAGES,
    '',
  ].join('\n');
}

function hubOverlay(networks: readonly NetworkDefinition[]): string {
  return [
    HEADER,
    '# The gateway, calling every network subgraph in its namespace. Apply after the Secret `gateway` exists (docs/deployment.md, "Kubernetes").',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    // The generated ConfigMap must be in the gateway's namespace for its reference to be renamed with it.
    'namespace: jcn-hub',
    'resources:',
    '  - ../../base/gateway',
    'configMapGenerator:',
    '  - name: subgraphs',
    '    literals:',
    ...networks.map(
      (n) =>
        `      - SUBGRAPH_URL_${n.code}=http://subgraph.${namespaceOf(n)}.svc.cluster.local:${SUBGRAPH_PORT}/graphql`,
    ),
    ...IMAGES,
    '',
  ].join('\n');
}

/** Each overlay's kustomization.yaml, by folder name. */
export function overlays(networks: readonly NetworkDefinition[] = NETWORKS): Record<string, string> {
  return { ...Object.fromEntries(networks.map((n) => [n.key, networkOverlay(n)])), hub: hubOverlay(networks) };
}

if (require.main === module) {
  for (const [name, text] of Object.entries(overlays())) {
    mkdirSync(join(OVERLAYS_DIR, name), { recursive: true });
    writeFileSync(join(OVERLAYS_DIR, name, 'kustomization.yaml'), text);
  }
  console.log(`wrote ${Object.keys(overlays()).join(', ')} in ${OVERLAYS_DIR}`);
}
