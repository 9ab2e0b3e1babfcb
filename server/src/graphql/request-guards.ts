import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { type CostBudgets, costPlugin } from './cost';
import { inOrder } from './in-order';
import { introspectionForTokensPlugin } from './introspection';
import { limitValidationRules, parseOptions } from './limits';
import { loadTrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';
import { operationInputGuard } from './operation-input.guard';

export interface RequestGuards {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
}

/**
 * Everything that decides whether a request may run, before it runs: one operation and text
 * PostgreSQL can store (operation-input.guard.ts); token, depth, alias and
 * directive limits; introspection for API tokens; trusted documents for browser sessions (not on the subgraph endpoint, whose
 * caller is a gateway sending its own query plans); query cost and the shared cost budget.
 */
export function requestGuards(config: Config, endpoint: 'graphql' | 'subgraph', costBudgets: CostBudgets): RequestGuards {
  const limits = config.graphqlLimits;
  // The dashboard sends its operations by hash, so their manifest is always known; only
  // GRAPHQL_TRUSTED_DOCUMENTS makes it the sole documents a browser session may run.
  const manifest = config.trustedDocumentsPath ?? (fs.existsSync(config.dashboardDocumentsPath) ? config.dashboardDocumentsPath : null);
  const trusted =
    endpoint === 'graphql' && manifest
      ? [trustedDocumentsPlugin(loadTrustedDocuments(manifest), { enforce: config.trustedDocumentsPath !== null })]
      : [];
  return {
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    plugins: [
      inOrder(
        // One operation named, no NUL in any string: before anything reads the operation or spends budget.
        operationInputGuard(),
        // Introspection on for everyone is Apollo's own switch; "API tokens only" is checked here.
        ...(!config.introspection && config.introspectionForTokens ? [introspectionForTokensPlugin()] : []),
        ...trusted,
        costPlugin(limits.maxCost, costBudgets),
      ),
    ],
  };
}
