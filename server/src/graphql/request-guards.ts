import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { Config } from '../config';
import type { Context } from './context';
import { type CostBudgets, costPlugin } from './cost';
import { inOrder } from './in-order';
import { introspectionForTokensPlugin } from './introspection';
import { limitValidationRules, parseOptions } from './limits';
import { loadTrustedDocuments, NO_TRUSTED_DOCUMENTS, type RegisteredDocuments, trustedDocumentsPlugin } from './trusted-documents';
import type { Role } from '../auth/viewer';
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
/** What the domains add to the guards, named by the composition root (app.modules.ts). */
export interface DomainGuards {
  /** Trusted documents the domains keep beside the manifest (saved reports). */
  registeredDocuments?: RegisteredDocuments;
  /** Roles whose dashboard sessions may read the schema when introspection is for API tokens. */
  schemaReaders?: readonly Role[];
}

export function requestGuards(
  config: Config,
  endpoint: 'graphql' | 'subgraph',
  costBudgets: CostBudgets,
  domains: DomainGuards = {},
): RequestGuards {
  const limits = config.graphqlLimits;
  // The dashboard sends its operations by hash, so their manifest is always known; only
  // GRAPHQL_TRUSTED_DOCUMENTS makes it (with the documents the domains registered) the sole
  // documents a browser session may run.
  const manifest = config.trustedDocumentsPath ?? (fs.existsSync(config.dashboardDocumentsPath) ? config.dashboardDocumentsPath : null);
  const trusted =
    endpoint === 'graphql' && (manifest || domains.registeredDocuments)
      ? [
          trustedDocumentsPlugin(manifest ? loadTrustedDocuments(manifest) : NO_TRUSTED_DOCUMENTS, {
            enforce: config.trustedDocumentsPath !== null,
            registered: domains.registeredDocuments,
          }),
        ]
      : [];
  return {
    parseOptions: parseOptions(limits),
    validationRules: limitValidationRules(limits),
    plugins: [
      inOrder(
        // One operation named, no NUL in any string: before anything reads the operation or spends budget.
        operationInputGuard(),
        // Introspection on for everyone is Apollo's own switch; "API tokens only" is checked here.
        ...(!config.introspection && config.introspectionForTokens ? [introspectionForTokensPlugin(domains.schemaReaders)] : []),
        ...trusted,
        costPlugin(limits.maxCost, costBudgets),
      ),
    ],
  };
}
