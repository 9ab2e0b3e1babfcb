import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GraphQLLimits } from '../config';

/**
 * Shape limits checked before execution (and before cost): tokens while parsing (graphql-js's
 * own `maxTokens`, so a huge document is never fully parsed), then depth, aliases and
 * directives as validation rules (graphql-armor). They answer GRAPHQL_PARSE_FAILED /
 * GRAPHQL_VALIDATION_FAILED with HTTP 400 and a message naming the limit.
 */
export function parseOptions(limits: GraphQLLimits) {
  return { maxTokens: limits.maxTokens };
}

/** Report a refusal as a validation error (graphql-armor's default is to throw, which is a 500). */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function limitValidationRules(limits: GraphQLLimits): ValidationRule[] {
  return [
    // Introspection (codegen, GraphiQL) is deep by nature and is governed by GRAPHQL_INTROSPECTION.
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...reportAsValidationError }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...reportAsValidationError }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true, ...reportAsValidationError }),
  ];
}
