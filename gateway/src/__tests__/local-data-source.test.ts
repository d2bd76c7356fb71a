import { graphql } from 'graphql';
import { LOCAL_SUBGRAPHS } from '../plan';
import { LocalSubgraphDataSource } from '../local-data-source';

/**
 * The in-process subgraphs keep each fetch's parsed and validated document:
 * every answer must be the one graphql() gives for the same text, whatever
 * the text, and the documents kept are bounded.
 */
const schema = LOCAL_SUBGRAPHS.plan.build();
const source = new LocalSubgraphDataSource<Record<string, unknown>>(schema);

async function both(query: string, variables?: Record<string, unknown>) {
  const request = { query, ...(variables ? { variables } : {}) };
  const ours = await source.process({ request, context: {} } as never);
  const reference = await graphql({ schema, source: query, variableValues: variables ?? null, contextValue: {} });
  return {
    ours: JSON.parse(JSON.stringify(ours)) as unknown,
    reference: JSON.parse(JSON.stringify(reference)) as unknown,
  };
}

it('answers a valid text as graphql() does, the first time and again from the kept document', async () => {
  const query = '{ _service { sdl } }';
  const first = await both(query);
  expect(first.ours).toEqual(first.reference);
  expect((first.ours as { data: { _service: { sdl: string } } }).data._service.sdl).toContain('jointPlan');
  const again = await both(query);
  expect(again.ours).toEqual(first.reference);
});

it('answers a text that does not parse, and one that does not validate, as graphql() does, and keeps neither', async () => {
  const before = source.kept;
  for (const query of ['{ _service { sdl }', '{ _service { nope } }']) {
    const { ours, reference } = await both(query);
    expect(ours).toEqual(reference);
    expect((ours as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  }
  expect(source.kept).toBe(before);
});

it('answers a valid document that cannot run without an operation name as graphql() does', async () => {
  const { ours, reference } = await both('query A { __typename } query B { __typename }');
  expect(ours).toEqual(reference);
  expect((ours as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/operation name/);
});

it('keeps at most 1,000 documents', async () => {
  const many = new LocalSubgraphDataSource<Record<string, unknown>>(schema);
  for (let i = 0; i < 1005; i++) {
    const answer = await many.process({ request: { query: `{ n${i}: __typename }` }, context: {} } as never);
    expect(answer.data).toEqual({ [`n${i}`]: 'Query' });
  }
  expect(many.kept).toBe(1000);
});
