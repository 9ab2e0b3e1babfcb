import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';

/**
 * One operation the service runs itself on behalf of a viewer (a saved report run from the
 * dashboard, an export, a mailed subscription): through the same Apollo server, schema, executor
 * and request guards as /graphql (limits, cost and the viewer's budget, trusted documents), with a
 * context of that viewer, so masking and scopes are the viewer's and nobody else's
 * (operation-runner.ts makes the runner).
 *
 * `documentHash` names a trusted document (the dashboard's manifest, or one a domain registered:
 * trusted-documents.ts); `document` is for documents the calling domain has vetted itself (a
 * builder's preview), run like an API token's ad-hoc query.
 */
export interface OperationRequest {
  viewer: Viewer;
  documentHash?: string;
  document?: string;
  variables: Record<string, unknown>;
  clientAddress?: string;
}

export interface OperationRunner {
  /** The schema /graphql serves (for checking documents before they are run or saved). */
  readonly schema: GraphQLSchema;
  run(request: OperationRequest): Promise<FormattedExecutionResult>;
}
