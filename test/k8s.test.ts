/**
 * The Kubernetes manifests (deploy/k8s): the overlays are the ones `npm run k8s` writes from the
 * registry; every overlay renders with `kubectl kustomize`, every object passes the Kubernetes schema
 * (kubernetes-models), and what matters holds: probes and resources on every container, no secret in
 * the manifests, only the gateway reaches a subgraph, the owner's password reaches the migration job only.
 */
import { NODE_HEAP_OPTIONS } from '../scripts/lib/heap';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { NetworkPolicy, type INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Service, type IContainer, type IPodSpec } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { NETWORKS } from '#shared/registry';
import { namespaceOf, OVERLAYS_DIR, overlays, SUBGRAPH_PORT } from '../scripts/k8s';

const kubectl = (process.env.PATH ?? '').split(delimiter).find((dir) => {
  try {
    accessSync(join(dir, 'kubectl'), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

/** The schema of every kind the manifests may hold; anything else fails the test until it is added here. */
const MODELS: Record<string, { new (data: never): { validate(): void } }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
};
const CNPG_CLUSTER = 'postgresql.cnpg.io/v1/Cluster';

const render = (overlay: string): K8sObject[] =>
  parseAllDocuments(
    execFileSync(join(kubectl!, 'kubectl'), ['kustomize', join(OVERLAYS_DIR, overlay)], { encoding: 'utf8' }),
  ).map((d) => d.toJS() as K8sObject);

const find = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const podSpec = (o: K8sObject) => (o.spec as { template: { spec: IPodSpec } }).template.spec;
const podLabels = (o: K8sObject) =>
  (o.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
const envOf = (c: IContainer) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e]));

it('has exactly the overlays `npm run k8s` writes from the registry: one per network and the hub', () => {
  const expected = overlays();
  expect(readdirSync(OVERLAYS_DIR).sort()).toEqual(Object.keys(expected).sort());
  expect(Object.keys(expected).sort()).toEqual([...NETWORKS.map((n) => n.key), 'hub'].sort());
  for (const [name, text] of Object.entries(expected))
    expect(readFileSync(join(OVERLAYS_DIR, name, 'kustomization.yaml'), 'utf8')).toBe(text);
});

it("admits other namespaces into a network's only by name, which no namespace's owner can set on its own", () => {
  // kubernetes.io/metadata.name is set by Kubernetes to the namespace's name; any other label, a network's
  // overlay could put on its own namespace, and so reach the other networks' subgraphs and databases.
  const dir = join(OVERLAYS_DIR, '..', 'base', 'subgraph');
  const policies = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJS() as K8sObject))
    .filter((o) => o.kind === 'NetworkPolicy') as (K8sObject & { spec: NetworkPolicy['spec'] })[];
  const peers = policies.flatMap((p) => (p.spec!.ingress ?? []).flatMap((rule) => rule.from ?? []));
  const selectors = peers.flatMap((peer) => (peer.namespaceSelector ? [peer.namespaceSelector] : []));
  expect(selectors.length).toBeGreaterThanOrEqual(3);
  for (const selector of selectors) {
    expect(selector.matchExpressions).toBeUndefined();
    expect(Object.keys(selector.matchLabels ?? {})).toEqual(['kubernetes.io/metadata.name']);
  }
  expect(selectors.map((s) => s.matchLabels!['kubernetes.io/metadata.name'])).toEqual(
    expect.arrayContaining(['jcn-hub', 'monitoring']),
  );
});

const withKubectl = kubectl ? describe : describe.skip;

withKubectl(`rendered by kubectl kustomize${kubectl ? '' : ' (skipped: kubectl is not on PATH)'}`, () => {
  const rendered = Object.fromEntries(Object.keys(overlays()).map((name) => [name, render(name)]));
  const all = Object.values(rendered).flat();

  it('gives objects that pass the Kubernetes schema, each of a known kind', () => {
    for (const o of all) {
      const key = `${o.apiVersion}/${o.kind}`;
      if (key === CNPG_CLUSTER) continue; // not a built-in kind: checked below
      expect(MODELS[key]).toBeDefined();
      expect(() => new MODELS[key]!(o as never).validate()).not.toThrow();
    }
  });

  it('runs every container of the compiled image with readiness on /health and liveness on /live, resource requests and limits, and the heap settings measured for its kind', () => {
    const workloads = all.filter((o) => o.kind === 'Deployment' || o.kind === 'Job');
    expect(workloads.map((o) => `${o.metadata.namespace}/${o.metadata.name}`).sort()).toEqual(
      [
        'jcn-hub/gateway',
        ...NETWORKS.flatMap((n) => [`${namespaceOf(n)}/subgraph`, `${namespaceOf(n)}/migrate`]),
      ].sort(),
    );
    for (const o of workloads) {
      for (const c of podSpec(o).containers) {
        // The image's entry (node start.js) runs the compiled build; the manifest only names the process.
        expect(c.command).toBeUndefined();
        expect(c.image).toMatch(/\/jcn-hub:/);
        expect((c.args ?? []).join(' ')).not.toMatch(/tsx|\.ts\b/);
        for (const r of ['requests', 'limits'] as const)
          expect(Object.keys(c.resources?.[r] ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
        if (o.kind === 'Deployment') {
          expect(c.readinessProbe?.httpGet).toMatchObject({ path: '/health', port: 'http' });
          // Liveness asks nothing of the database: an outage must not restart every replica.
          expect(c.livenessProbe?.httpGet).toMatchObject({ path: '/live', port: 'http' });
          expect(envOf(c).NODE_OPTIONS?.value).toBe(
            NODE_HEAP_OPTIONS[o.metadata.name === 'gateway' ? 'gateway' : 'subgraph'],
          );
        }
      }
    }
  });

  it('holds no secret: no Secret objects, every secret-named variable from a Secret, passwords in URLs only as references', () => {
    expect(all.filter((o) => o.kind === 'Secret')).toEqual([]);
    for (const o of all.filter((x) => x.kind === 'Deployment' || x.kind === 'Job')) {
      for (const c of podSpec(o).containers) {
        for (const e of c.env ?? []) {
          if (/SECRET|KEY|PASSWORD|TOKEN/.test(e.name)) expect(e.valueFrom?.secretKeyRef?.name).toBeTruthy();
          if (/^postgres/.test(e.value ?? ''))
            expect(new URL(e.value!).password).toMatch(/^\$\(DB_(APP|OWNER)_PASSWORD\)$/);
        }
      }
    }
    for (const o of all.filter((x) => x.kind === 'ConfigMap'))
      expect(Object.keys(o.data ?? {}).filter((k) => /SECRET|KEY|PASSWORD|TOKEN/.test(k))).toEqual([]);
  });

  describe.each(NETWORKS.map((n) => [n.key, n] as const))('network %s', (key, network) => {
    const objects = rendered[key]!;
    const ns = namespaceOf(network);

    it(`puts everything in ${ns} and runs its own subgraph and migrations on its own database`, () => {
      expect(new Set(objects.map((o) => o.metadata.namespace ?? o.metadata.name))).toEqual(new Set([ns]));
      const config = objects.find((o) => o.kind === 'ConfigMap')!;
      expect(config.data).toEqual({ JCN_PROCESS: key, DB_NAME: key });
      const subgraph = podSpec(find(objects, 'Deployment', 'subgraph')).containers[0]!;
      expect(subgraph.args).toEqual(['$(JCN_PROCESS)']);
      expect(envOf(subgraph).JCN_PROCESS!.valueFrom?.configMapKeyRef?.name).toBe(config.metadata.name);
      expect(find(objects, 'Service', 'subgraph').spec).toMatchObject({
        ports: [{ port: SUBGRAPH_PORT, targetPort: 'http' }],
      });
      const cluster = find(objects, 'Cluster', 'db') as K8sObject & {
        spec: { bootstrap: { initdb: Record<string, unknown> } };
      };
      expect(cluster.spec.bootstrap.initdb.database).toBe(key);
    });

    it("gives the owner's password to the migration job only, and the subgraph the application role", () => {
      const job = podSpec(find(objects, 'Job', 'migrate')).containers[0]!;
      const subgraph = podSpec(find(objects, 'Deployment', 'subgraph')).containers[0]!;
      expect(job.args).toEqual(['migrate']);
      expect(new URL(envOf(job).MIGRATION_DATABASE_URL!.value!).username).toBe('jcn_owner');
      expect(envOf(job).APPLICATION_ROLE!.value).toBe('jcn_app');
      expect(envOf(job).DB_OWNER_PASSWORD!.valueFrom?.secretKeyRef?.name).toBe('db-owner');
      expect(new URL(envOf(subgraph).DATABASE_URL!.value!).username).toBe('jcn_app');
      expect(JSON.stringify(find(objects, 'Deployment', 'subgraph'))).not.toMatch(
        /db-owner|jcn_owner|MIGRATION_DATABASE_URL/,
      );
      const cluster = find(objects, 'Cluster', 'db') as K8sObject & {
        spec: {
          enableSuperuserAccess: boolean;
          bootstrap: { initdb: { owner: string; secret: { name: string } } };
          managed: { roles: Record<string, unknown>[] };
        };
      };
      expect(cluster.spec.enableSuperuserAccess).toBe(false);
      expect(cluster.spec.bootstrap.initdb).toMatchObject({ owner: 'jcn_owner', secret: { name: 'db-owner' } });
      expect(cluster.spec.managed.roles).toEqual([
        expect.objectContaining({
          name: 'jcn_app',
          login: true,
          inherit: false,
          superuser: false,
          passwordSecret: { name: 'db-app' },
        }),
      ]);
    });

    it('lets only the gateway (and the metrics scraper) reach the subgraph, and the subgraph reach only its database, the gateway and DNS', () => {
      const policies = objects.filter((o) => o.kind === 'NetworkPolicy') as (K8sObject & {
        spec: NetworkPolicy['spec'];
      })[];
      expect(
        policies.find((p) => Object.keys(p.spec!.podSelector.matchLabels ?? {}).length === 0)?.spec?.policyTypes,
      ).toEqual(['Ingress']);
      const subgraph = policies.filter(
        (p) => p.spec!.podSelector.matchLabels?.['app.kubernetes.io/name'] === 'subgraph',
      );
      expect(subgraph).toHaveLength(1);
      const gateway: INetworkPolicyPeer = {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'jcn-hub' } },
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } },
      };
      const monitoring: INetworkPolicyPeer = {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
      };
      expect(subgraph[0]!.spec!.ingress!.map((rule) => rule.from)).toEqual([[gateway], [monitoring]]);
      const egress = subgraph[0]!.spec!.egress!.map((rule) => rule.to);
      expect(egress).toEqual([
        [{ podSelector: { matchLabels: { 'cnpg.io/cluster': 'db' } } }],
        [gateway],
        [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
        ],
      ]);
      // The database admits, on 5432, pods marked as its clients: the subgraph and the migration job, nothing else here.
      const clients = objects.filter(
        (o) =>
          (o.kind === 'Deployment' || o.kind === 'Job') && podLabels(o)['jcn.unodc.org/database-client'] === 'true',
      );
      expect(clients.map((o) => o.metadata.name).sort()).toEqual(['migrate', 'subgraph']);
    });

    it('keeps a subgraph pod up through voluntary disruptions', () => {
      expect(find(objects, 'PodDisruptionBudget', 'subgraph').spec).toEqual({
        minAvailable: 1,
        selector: find(objects, 'Deployment', 'subgraph').spec!.selector,
      });
    });
  });

  describe('hub', () => {
    const objects = rendered.hub!;

    it('calls every network subgraph at its Service, and scales the gateway on CPU', () => {
      const urls = objects.find((o) => o.kind === 'ConfigMap')!.data!;
      expect(urls).toEqual(
        Object.fromEntries(
          NETWORKS.map((n) => [
            `SUBGRAPH_URL_${n.code}`,
            `http://subgraph.${namespaceOf(n)}.svc.cluster.local:${SUBGRAPH_PORT}/graphql`,
          ]),
        ),
      );
      const hpa = find(objects, 'HorizontalPodAutoscaler', 'gateway').spec as HorizontalPodAutoscaler['spec'];
      expect(hpa!.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
      expect(hpa!.metrics).toEqual([
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
      ]);
      expect(find(objects, 'PodDisruptionBudget', 'gateway').spec).toMatchObject({ minAvailable: 1 });
      const gateway = podSpec(find(objects, 'Deployment', 'gateway')).containers[0]!;
      expect(gateway.args).toEqual(['gateway']);
      expect(gateway.envFrom?.map((e) => e.secretRef?.name ?? e.configMapRef?.name)).toEqual([
        objects.find((o) => o.kind === 'ConfigMap')!.metadata.name,
        'gateway',
      ]);
    });

    it('lets the gateway reach subgraphs only in network namespaces, on their port', () => {
      const policy = find(objects, 'NetworkPolicy', 'gateway').spec as NetworkPolicy['spec'];
      expect(policy!.egress![0]).toEqual({
        to: [
          {
            namespaceSelector: { matchLabels: { 'jcn.unodc.org/tier': 'network' } },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': 'subgraph' } },
          },
        ],
        ports: [{ port: SUBGRAPH_PORT }],
      });
      for (const n of NETWORKS)
        expect(find(rendered[n.key]!, 'Namespace', namespaceOf(n)).metadata.labels?.['jcn.unodc.org/tier']).toBe(
          'network',
        );
    });
  });
});
