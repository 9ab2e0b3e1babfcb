import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { costPlugin } from './cost';
import { inOrder } from './in-order';
import { introspectionForTokensPlugin } from './introspection';
import { limitValidationRules, parseOptions } from './limits';
import { loadTrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';

export interface RequestGuards {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
}

/**
 * Everything that decides whether a request may run, before it runs: token, depth, alias and
 * directive limits; introspection for API tokens; trusted documents for browser sessions (not on the subgraph endpoint, whose
 * caller is a gateway sending its own query plans); query cost and the shared cost budget.
 */
export function requestGuards(config: Config, endpoint: 'graphql' | 'subgraph'): RequestGuards {
  const limits = config.graphqlLimits;
  const trusted =
    endpoint === 'graphql' && config.trustedDocumentsPath ? [trustedDocumentsPlugin(loadTrustedDocuments(config.trustedDocumentsPath))] : [];
  return {
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    plugins: [
      inOrder(
        // Introspection on for everyone is Apollo's own switch; "API tokens only" is checked here.
        ...(!config.introspection && config.introspectionForTokens ? [introspectionForTokensPlugin()] : []),
        ...trusted,
        costPlugin({ maxCost: limits.maxCost, budget: limits.costBudget, restoreRate: limits.costRestoreRate }),
      ),
    ],
  };
}
