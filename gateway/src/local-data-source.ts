import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, GraphQLError, parse, validate, type DocumentNode } from 'graphql';

/** Documents kept per local subgraph: the query planner sends a few texts per client query shape. */
const MAX_DOCUMENTS = 1000;

/**
 * One of the gateway's own subgraphs (the directory, the plan), run in this
 * process. `LocalGraphQLDataSource` parses and validates every fetch's text
 * again (about a tenth of the gateway's CPU on a plan); the planner sends the
 * same few texts over and over, so each text is parsed and validated once
 * and its document kept (valid ones only, at most MAX_DOCUMENTS, the oldest
 * out first). Execution, and every answer, is as before.
 */
export class LocalSubgraphDataSource<
  TContext extends Record<string, unknown>,
> extends LocalGraphQLDataSource<TContext> {
  private readonly documents = new Map<string, DocumentNode>();

  /** How many documents are kept now. */
  get kept(): number {
    return this.documents.size;
  }

  override async process({ request, context }: GraphQLDataSourceProcessOptions<TContext>) {
    const source = request.query ?? '';
    let document = this.documents.get(source);
    if (!document) {
      let parsed: DocumentNode;
      try {
        parsed = parse(source);
      } catch (err) {
        if (err instanceof GraphQLError) return { errors: [err] };
        throw err;
      }
      const errors = validate(this.schema, parsed);
      if (errors.length > 0) return { errors };
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(source, parsed);
      document = parsed;
    }
    return execute({
      schema: this.schema,
      document,
      variableValues: request.variables ?? null,
      operationName: request.operationName ?? null,
      contextValue: context,
    });
  }
}
