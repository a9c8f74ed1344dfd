import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../supergraph/names';
import { buildSchema } from 'graphql';
import { findNetwork, NETWORKS } from '#shared/registry';
import { AnswerChecker, AnswerRefused, CHECKED_OPERATION_BYTES, rebuildErrors } from './answer-check';

const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
const checker = new AnswerChecker(schema, NETWORKS);
const wacap = findNetwork(NETWORKS, 'wacap')!;

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on WacapNetwork { name contactPoints(first: 2) { nodes { id fullName email } } } } }`;
const NETWORK_REP = [{ __typename: 'WacapNetwork', code: 'WACAP' }];
const cp = (id: string, more: Record<string, unknown> = {}) => ({ id, fullName: 'A', email: null, ...more });
const answer = (nodes: unknown[]) => ({ data: { _entities: [{ name: 'WACAP', contactPoints: { nodes } }] } });
const check = (query: string, variables: Record<string, unknown> | undefined, given: unknown) =>
  checker.check(wacap, query, variables, given);

describe("a network's errors", () => {
  it('keep their message, path, a known code, field, currentVersion and the status and step of a refused transition, and carry the network; nothing else', () => {
    const errors = rebuildErrors(
      [
        {
          message: 'Stale.',
          path: ['_entities', 0, 'x'],
          extensions: { code: 'CONFLICT', currentVersion: 3, http: { status: 204 }, stacktrace: ['x'] },
        },
        { message: 'Bad.', extensions: { code: 'MADE_UP', field: 'email', network: 'CASC' } },
        { message: 'Odd path.', path: ['a', -1] },
        {
          message: 'Withdrawn.',
          extensions: { code: 'INVALID_TRANSITION', status: 'WITHDRAWN', step: 'ACKNOWLEDGED', http: { status: 204 } },
        },
        { message: 'Not an enum.', extensions: { code: 'INVALID_TRANSITION', status: '<b>x</b>', step: 7 } },
      ],
      wacap,
    );
    expect(errors).toEqual([
      {
        message: 'Stale.',
        path: ['_entities', 0, 'x'],
        extensions: { code: 'CONFLICT', currentVersion: 3, network: 'WACAP' },
      },
      { message: 'Bad.', extensions: { field: 'email', network: 'WACAP' } },
      { message: 'Odd path.', extensions: { network: 'WACAP' } },
      {
        message: 'Withdrawn.',
        extensions: { code: 'INVALID_TRANSITION', status: 'WITHDRAWN', step: 'ACKNOWLEDGED', network: 'WACAP' },
      },
      { message: 'Not an enum.', extensions: { code: 'INVALID_TRANSITION', network: 'WACAP' } },
    ]);
  });

  it('must be a list of objects with a message', () => {
    expect(() => rebuildErrors('oops', wacap)).toThrow(AnswerRefused);
    expect(() => rebuildErrors([{ extensions: {} }], wacap)).toThrow(AnswerRefused);
  });
});

describe("a network's data", () => {
  it('is rebuilt from what was selected: fields nobody asked for, and prototype keys, are left out', () => {
    const given = JSON.parse(
      `{"data":{"_entities":[{"__proto__":{"polluted":1},"code":"CASC","name":"WACAP","contactPoints":{"nodes":[{"id":"wacap:cp:1","fullName":"A","email":null,"phone":"+1"}]}}]}}`,
    ) as unknown;
    const checked = check(ENTITIES, { representations: NETWORK_REP }, given);
    expect(JSON.stringify(checked.data)).toBe(
      '{"_entities":[{"name":"WACAP","contactPoints":{"nodes":[{"id":"wacap:cp:1","fullName":"A","email":null}]}}]}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a string for a list', answer('not a list' as unknown as unknown[])],
    ['a number for a string', answer([cp('wacap:cp:1', { fullName: 42 })])],
    ['an object for a string', answer([cp('wacap:cp:1', { email: { x: 1 } })])],
    ['a type the field cannot return', answer([cp('casc:cp:1', { __typename: 'CascContactPoint' })])],
    ['a type that does not exist', answer([cp('wacap:cp:1', { __typename: 'NotAType' })])],
    ["another network's id on its own type", answer([cp('casc:cp:1')])],
    ['fewer entities than asked for', { data: { _entities: [] } }],
    ['null for the entities', { data: { _entities: null } }],
    ['no entities at all', { data: {} }],
    ['another type than the representation', { data: { _entities: [{ __typename: 'CascNetwork', name: 'CASC' }] } }],
    ['data that is a list', { data: [] }],
    ['no object at all', 'text'],
  ])('is refused with %s', (_label, given) => {
    expect(() => check(ENTITIES, { representations: NETWORK_REP }, given)).toThrow(AnswerRefused);
  });

  it('names its own network: the code of a WacapNetwork is WACAP, and an entity keeps the key it was asked for', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on WacapContactPoint { id network { __typename code name } } } }`;
    const reps = [{ __typename: 'WacapContactPoint', id: 'wacap:cp:1' }];
    const honest = {
      data: {
        _entities: [{ id: 'wacap:cp:1', network: { __typename: 'WacapNetwork', code: 'WACAP', name: 'WACAP' } }],
      },
    };
    expect(check(query, { representations: reps }, honest).data).toEqual(honest.data);
    const relabelled = {
      data: { _entities: [{ id: 'wacap:cp:1', network: { __typename: 'WacapNetwork', code: 'CASC', name: 'WACAP' } }] },
    };
    expect(() => check(query, { representations: reps }, relabelled)).toThrow(/code is CASC/);
    const other = { data: { _entities: [{ id: 'wacap:cp:2', network: null }] } };
    expect(() => check(query, { representations: reps }, other)).toThrow(/another id/);
  });

  it("holds another network's object only as a reference: its type name and key", () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on WacapReferral { to { __typename id fullName } } } }`;
    const reps = [{ __typename: 'WacapReferral', id: 'wacap:ref:1' }];
    const reference = { data: { _entities: [{ to: { __typename: 'CascContactPoint', id: 'casc:cp:1' } }] } };
    expect(check(query, { representations: reps }, reference).data).toEqual(reference.data);
    const forged = {
      data: { _entities: [{ to: { __typename: 'CascContactPoint', id: 'casc:cp:1', fullName: 'Forged' } }] },
    };
    expect(() => check(query, { representations: reps }, forged)).toThrow(/another network's CascContactPoint/);
    const misnamed = { data: { _entities: [{ to: { __typename: 'CascContactPoint', id: 'wacap:cp:1' } }] } };
    expect(() => check(query, { representations: reps }, misnamed)).toThrow(/id is not CASC's/);
  });
});

describe('the checks kept per subgraph operation', () => {
  it('stay within CHECKED_OPERATION_BYTES, whatever the number of distinct texts', () => {
    const kept = new AnswerChecker(schema, NETWORKS);
    // A caller's aliases make every subgraph operation text new: 1,500 aliases, about 3 MB each by the estimate.
    const text = (i: number) =>
      `query { ${Array.from({ length: 1500 }, (_, a) => `x${i}_${a}: __typename`).join(' ')} }`;
    let largest = 0;
    for (let i = 0; i < 30; i++) {
      expect(kept.check(wacap, text(i), undefined, { data: { [`x${i}_0`]: 'Query' } }).data).toEqual({
        [`x${i}_0`]: 'Query',
      });
      largest = Math.max(largest, kept.keptOperationBytes);
    }
    expect(largest).toBeGreaterThan(CHECKED_OPERATION_BYTES / 2);
    expect(largest).toBeLessThanOrEqual(CHECKED_OPERATION_BYTES);
  });
});
