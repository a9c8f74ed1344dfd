/**
 * Schema-driven random operations for the fuzz test: queries and mutations
 * generated from the composed schema the gateway serves, with every argument
 * passed as a variable drawn from pools of ordinary and hostile values, and
 * `__typename` on every object so the answer can be checked against the
 * caller's view.
 */
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Prng } from '../../subgraphs/src/seed/prng';
import { objectsIn, type Damage, type Damager, type Exchange } from './hostile-subgraph';

export interface FuzzOperation {
  query: string;
  variables: Record<string, unknown>;
}

export interface FuzzPools {
  /** Global ids that exist, mixed with made-up and malformed ones. */
  ids: readonly string[];
  /** A network's type prefix whose types every abstract field's fragments include (the hostile mode's network). */
  favour?: string;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'KHM',
  'ng',
  'NGA',
  'en',
  'fr',
  "' OR 1=1 --",
  '%',
  '_',
  '\\',
  '\u0000',
  '\ud800',
  'x'.repeat(5000),
  'Ωμέγα',
  '<script>alert(1)</script>',
  '{"$ne":null}',
  'seajust:cp:not-a-uuid',
  'atlantis:cp:00000000-0000-0000-0000-000000000000',
  'eyJhdCI6IjIwMjUtMDEtMDEiLCJpZCI6IngifQ',
  'not-base64!',
];
const INTS = [0, 1, 2, 5, 20, 50, 100, 101, 1000, -1, -2147483648, 2147483647];
const DATES = [
  '2025-01-01T00:00:00Z',
  '2026-01-01T00:00:00Z',
  '2025-06-15T12:30:00Z',
  '10000-01-01T00:00:00Z',
  '0000-00-00',
  'yesterday',
  '2025-02-30T00:00:00Z',
  '1969-12-31T23:59:59Z',
];

export class OperationGenerator {
  private readonly rng: Prng;
  private vars: { name: string; type: string; value: unknown }[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: FuzzPools,
    seed: number,
    private readonly maxDepth = 4,
  ) {
    this.rng = new Prng(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.rng.int(0, items.length - 1)]!;
  }

  private chance(p: number): boolean {
    return this.rng.next() < p;
  }

  /** One random operation: a query, or (when `mutation`) a mutation. */
  next(mutation: boolean): FuzzOperation {
    this.vars = [];
    const root = mutation ? this.schema.getMutationType()! : this.schema.getQueryType()!;
    const selection = this.selectObject(root, 0, mutation ? 1 : this.rng.int(1, 3));
    const header = this.vars.length ? `(${this.vars.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    return {
      query: `${mutation ? 'mutation' : 'query'} Fuzz${header} ${selection}`,
      variables: Object.fromEntries(this.vars.map((v) => [v.name, v.value])),
    };
  }

  private selectObject(type: GraphQLObjectType, depth: number, count = this.rng.int(1, 4)): string {
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('_'));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let i = 0; i < count && fields.length; i++) chosen.add(this.pick(fields));
    const parts = ['__typename'];
    for (const field of chosen) {
      const part = this.selectField(field, depth);
      if (part) parts.push(part);
    }
    return `{ ${parts.join(' ')}${this.witnesses(type)} }`;
  }

  /** Fields the checks need, under aliases of their own: who a referral belongs to. */
  private witnesses(type: GraphQLNamedType): string {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Referral')) return '';
    return ' zzOriginNetwork: originNetwork { code } zzDestinationNetwork: destinationNetwork { code } zzOriginCountry: originCountry { code } zzDestinationCountry: destinationCountry { code }';
  }

  private selectField(field: GraphQLField<unknown, unknown>, depth: number): string | null {
    const named = getNamedType(field.type);
    const args = this.args(field.args);
    if (isLeafType(named)) return `${field.name}${args}`;
    if (depth >= this.maxDepth) return null;
    if (isObjectType(named)) return `${field.name}${args} ${this.selectObject(named, depth + 1)}`;
    if (isAbstractType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const fragments = Array.from({ length: this.rng.int(1, Math.min(2, possible.length)) }, () =>
        this.pick(possible),
      );
      const favour = this.pools.favour;
      if (favour) fragments.push(...possible.filter((t) => t.name.startsWith(favour)));
      const inner = [...new Set(fragments)].map((t) => `... on ${t.name} ${this.selectObject(t, depth + 1)}`).join(' ');
      return `${field.name}${args} { __typename ${inner} }`;
    }
    return null;
  }

  private args(args: readonly GraphQLArgument[]): string {
    const given = args.filter((a) => isNonNullType(a.type) || this.chance(0.5));
    if (!given.length) return '';
    return `(${given
      .map((a) => {
        const name = `v${this.vars.length}`;
        this.vars.push({ name, type: String(a.type), value: this.value(a.type, 0) });
        return `${a.name}: $${name}`;
      })
      .join(', ')})`;
  }

  private value(type: GraphQLInputType, depth: number): unknown {
    if (!isNonNullType(type) && this.chance(0.1)) return null;
    const inner = getNullableType(type) as GraphQLInputType;
    if (isListType(inner)) return Array.from({ length: this.rng.int(0, 3) }, () => this.value(inner.ofType, depth + 1));
    if (isEnumType(inner)) return this.chance(0.05) ? 'NOT_A_VALUE' : this.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields())) {
        if (isNonNullType(f.type) || (depth < 3 && this.chance(0.5))) out[f.name] = this.value(f.type, depth + 1);
      }
      return out;
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'Int':
          return this.pick(INTS);
        case 'Float':
          return this.pick([0, 1.5, -3, 1e308]);
        case 'Boolean':
          return this.chance(0.5);
        case 'ID':
          return this.chance(0.7) ? this.pick(this.pools.ids) : this.pick(HOSTILE_STRINGS);
        case 'DateTime':
        case 'Date':
          return this.pick(DATES);
        default:
          return this.pick([...HOSTILE_STRINGS, ...this.pools.ids]);
      }
    }
    return null;
  }
}

/** Objects of an answer, each with its `__typename`, found anywhere in the data. */
export function objectsOf(data: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(data)) for (const item of data) objectsOf(item, out);
  else if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    if (typeof obj.__typename === 'string') out.push(obj);
    for (const value of Object.values(obj)) objectsOf(value, out);
  }
  return out;
}

/** The kinds of damage a hostile network does to its answers in the fuzz test's hostile mode. */
export const DAMAGES = [
  'none',
  'wrongType',
  'foreignTypename',
  'forgedId',
  'relabel',
  'extraFields',
  'prototypeKeys',
  'oddErrors',
  'oddStatus',
  'notJson',
  'entityCount',
  'endless',
  'drip',
] as const;
export type DamageKind = (typeof DAMAGES)[number];

const WRONG_VALUES: unknown[] = ['not a list', 42, -1.5, true, {}, [], { x: 1 }, [1, 'a'], '', 'x'.repeat(10_000)];
const ODD_EXTENSIONS: Record<string, unknown>[] = [
  { code: 'BAD_USER_INPUT', http: { status: 204 } },
  { code: 'FORBIDDEN', http: { status: 500, headers: { 'set-cookie': 'a=b' } } },
  { code: 'NETWORK_UNAVAILABLE', network: 'CASC' },
  { code: 'INTERNAL_SERVER_ERROR', serviceName: 'casc', stacktrace: ['at secret.ts:1'] },
  { code: { nested: true }, field: { not: 'a string' } },
  { http: { status: 301, headers: { location: 'https://evil.example' } } },
];

/**
 * A hostile network's damage of `kind` to its answers for one operation of the fuzz test; what exactly it damages,
 * and how, is drawn from `seed`.
 */
export function hostileDamage(
  kind: DamageKind,
  network: { code: string; key: string; typePrefix: string },
  others: readonly { code: string; key: string; typePrefix: string }[],
  seed: number,
): Damager {
  const rng = new Prng(seed);
  const pick = <T>(items: readonly T[]): T => items[rng.int(0, items.length - 1)]!;
  const other = pick(others);
  const damage = (exchange: Exchange): Damage | undefined => {
    const answer = exchange.answer;
    const objects = objectsIn(answer.data);
    switch (kind) {
      case 'none':
        return undefined;
      case 'wrongType': {
        const target = objects.length ? pick(objects) : undefined;
        const keys = target ? Object.keys(target).filter((k) => k !== '__typename') : [];
        if (target && keys.length) target[pick(keys)] = pick(WRONG_VALUES);
        return { json: answer };
      }
      case 'foreignTypename':
        for (const o of objects) {
          if (typeof o.__typename === 'string' && rng.next() < 0.5) {
            o.__typename = pick([
              o.__typename.replace(network.typePrefix, other.typePrefix),
              'Country',
              'Query',
              'NotAType',
              `${other.typePrefix}AuditEntry`,
            ]);
          }
        }
        return { json: answer };
      case 'forgedId':
        for (const o of objects) if (typeof o.id === 'string') o.id = o.id.replace(`${network.key}:`, `${other.key}:`);
        return { json: answer };
      case 'relabel':
        for (const o of objects) {
          if (o.code === network.code || o.__typename === `${network.typePrefix}Network`) o.code = other.code;
        }
        return { json: answer };
      case 'extraFields':
        for (const o of objects)
          Object.assign(o, { email: 'attacker@evil.example', fullName: 'Forged', name: 'Forged', code: other.code });
        return { json: answer };
      case 'prototypeKeys':
        return {
          text: exchange.text.replaceAll(
            '{"',
            '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"',
          ),
        };
      case 'oddErrors':
        return {
          json: {
            data: rng.next() < 0.5 ? answer.data : null,
            errors: [
              {
                message: rng.next() < 0.2 ? 'm'.repeat(200_000) : 'Odd.',
                path: pick([['networks', 0, '__proto__'], [-1], 'not a path', ['_entities', 999]]),
                extensions: pick(ODD_EXTENSIONS),
              },
            ],
          },
        };
      case 'oddStatus':
        return pick<Damage>([
          { json: answer, status: 204 },
          { json: answer, status: 500 },
          { json: answer, status: 301 },
          { text: '', status: 400 },
          { json: { errors: [] }, status: 400 },
        ]);
      case 'notJson':
        return { text: pick(['', 'null', '[]', '"text"', '<html>', '{"data":', '{"data":{"_entities":null}}']) };
      case 'entityCount':
        for (const o of objectsIn(answer))
          if (Array.isArray(o._entities))
            o._entities = rng.next() < 0.5 ? o._entities.slice(1) : [...o._entities, null];
        return { json: answer };
      case 'endless':
        return { endless: 5_000_000 };
      case 'drip':
        return { drip: { slice: 1, everyMs: 200 } };
    }
  };
  return damage;
}

const ownedBy = (typename: unknown, prefix: string) =>
  typeof typename === 'string' && typename.startsWith(prefix) && /^[A-Z]/.test(typename.slice(prefix.length));

/**
 * Where `damaged` lost or changed what `honest` holds outside the hostile network's part: every value not reached
 * through one of its objects (its `prefix`) must be the same in both answers.
 */
export function othersChanged(honest: unknown, damaged: unknown, prefix: string, path = 'data'): string[] {
  if (Array.isArray(honest)) {
    if (!Array.isArray(damaged) || damaged.length !== honest.length)
      return [`${path}: ${JSON.stringify(damaged)?.slice(0, 200)}`];
    return honest.flatMap((h, i) => othersChanged(h, damaged[i], prefix, `${path}.${i}`));
  }
  if (honest && typeof honest === 'object') {
    const object = honest as Record<string, unknown>;
    if (ownedBy(object.__typename, prefix)) return [];
    if (!damaged || typeof damaged !== 'object') return [`${path}: ${JSON.stringify(damaged)?.slice(0, 200)}`];
    return Object.keys(object).flatMap((k) =>
      othersChanged(object[k], (damaged as Record<string, unknown>)[k], prefix, `${path}.${k}`),
    );
  }
  return honest === damaged
    ? []
    : [`${path}: ${JSON.stringify(damaged)?.slice(0, 200)} instead of ${JSON.stringify(honest)?.slice(0, 200)}`];
}
