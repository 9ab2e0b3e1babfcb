import { Args, ArgsType, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, type Page, parseFirst } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { AuditAction, AuditEvent, MAX_AUDIT_PAGE, searchAuditEvents } from './audit-log';
import { Role } from '../auth/viewer';

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType('AuditEvent', AuditEvent) {}

@ArgsType()
class AuditEventsArgs {
  @Field(() => AuditAction, { nullable: true, description: '種別で絞り込む' }) action?: AuditAction | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_AUDIT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized([Role.OFFICE])
  @Query(() => AuditEventConnection, {
    description: '監査ログ (事務局): ログイン、アカウント変更、エクスポート、マスキング変更。新しい順。',
  })
  async auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: Context): Promise<Page<AuditEvent>> {
    return searchAuditEvents(ctx.db.manager, { action: args.action }, parseFirst(args.first, MAX_AUDIT_PAGE), args.after);
  }
}
