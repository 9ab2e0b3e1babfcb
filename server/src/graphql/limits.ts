import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationRule } from 'graphql';
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

export function limitValidationRules(limits: GraphQLLimits): ValidationRule[] {
  return [
    // Introspection (codegen, GraphiQL) is deep by nature and is governed by GRAPHQL_INTROSPECTION.
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true }),
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true }),
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true }),
  ] as unknown as ValidationRule[];
}
