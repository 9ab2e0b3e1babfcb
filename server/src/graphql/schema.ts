import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { FacilityResolver } from '../facilities/facility.resolver';
import { PrefectureResolver, SecondaryMedicalAreaResolver } from '../facilities/reference.resolver';
import { NodeResolver } from './node.resolver';
import { FacilityPostingsResolver, KeyNetFeedResolver, PostingResolver } from '../recruitment/posting.resolver';
import { AccountResolver, ViewerResolver } from '../accounts/account.resolver';
import { ApiTokenResolver } from '../accounts/api-token.resolver';
import { BedReportResolver, BedSnapshotResolver } from '../beds/bed-report.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { applyOperationPolicy } from '../auth/access-policy';

export const resolvers = [
  NodeResolver,
  FacilityResolver,
  PrefectureResolver,
  SecondaryMedicalAreaResolver,
  PostingResolver,
  FacilityPostingsResolver,
  KeyNetFeedResolver,
  ViewerResolver,
  AccountResolver,
  ApiTokenResolver,
  BedReportResolver,
  BedSnapshotResolver,
  AuditResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema. Built once per process: it holds no request state. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false, emitSchemaFile: false }).then(applyOperationPolicy);
  return built;
}

/** The SDL checked in as schema.graphql (sorted, so diffs show only real changes). */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
