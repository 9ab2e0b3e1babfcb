import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../auth/viewer';
import type { Context } from '../graphql/context';
import { ConnectionType, parseFirst } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { toGlobalId } from '../graphql/node';
import type { NodeLoader } from '../graphql/node.resolver';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../facilities/prefecture.entity';
import { Attachment } from './attachment.entity';
import { localIdsOf } from './attachment.link';
import { canReadInquiry } from './inquiry-access';
import { InquiryMessage, InquiryMessageKind } from './inquiry-comment.entity';
import { Inquiry } from './inquiry.entity';
import {
  ATTACHMENTS_PER_INQUIRY,
  ATTACHMENTS_PER_MESSAGE,
  AddInquiryCommentInput,
  AnswerInquiryInput,
  CreateInquiryInput,
  InquiryFilter,
  MESSAGES_PER_INQUIRY,
} from './inquiry.input';
import { MAX_INQUIRY_PAGE, searchInquiries } from './inquiry.search';
import { addInquiryComment, answerInquiry, closeInquiry, createInquiry } from './inquiry.thread';
import { ASKERS, SIGNED_IN } from '../auth/access-policy';
import { Cost } from '../graphql/cost';

@ObjectType('InquiryConnection')
export class InquiryConnection extends ConnectionType('Inquiry', Inquiry) {}

@ArgsType()
class InquiriesArgs {
  @Field(() => InquiryFilter, { nullable: true }) filter?: InquiryFilter | null;
  @Field(() => Int, { description: `Page size, 1..${MAX_INQUIRY_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

/** The one way to fetch an inquiry by id: readable ones only, everything else looks missing. */
async function loadReadable(ctx: Context, id: number): Promise<Inquiry | null> {
  const inquiry = await ctx.loaders.inquiryById.load(id);
  return inquiry && canReadInquiry(ctx.viewer, inquiry) ? inquiry : null;
}

/** node(id:) for inquiries (inquiries.module.ts): readable ones only. */
export const loadInquiryNode: NodeLoader = async (id, ctx) => (/^[1-9]\d{0,9}$/.test(id) ? loadReadable(ctx, Number(id)) : null);

@Resolver(() => Inquiry)
export class InquiryResolver {
  @Authorized(SIGNED_IN)
  @Query(() => InquiryConnection, { description: "お問合せ一覧: the office sees all, others their organisation's. Newest first." })
  async inquiries(@Args(() => InquiriesArgs) args: InquiriesArgs, @Ctx() ctx: Context) {
    const page = await searchInquiries(ctx.db.manager, ctx.viewer, args.filter ?? {}, parseFirst(args.first, MAX_INQUIRY_PAGE), args.after);
    for (const edge of page.edges) ctx.loaders.inquiryById.prime(edge.node.dbId, edge.node);
    return page;
  }

  @Authorized(SIGNED_IN)
  @Query(() => Inquiry, { description: 'One inquiry; NOT_FOUND when missing or not readable by the viewer.' })
  async inquiry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Inquiry> {
    const [localId] = localIdsOf('Inquiry', [id], 'id', []);
    const inquiry = localId === undefined ? null : await loadReadable(ctx, localId);
    if (!inquiry) throw notFound('お問合せが見つかりません。');
    return inquiry;
  }

  @Authorized(ASKERS)
  @Mutation(() => Inquiry, { description: '新規お問合せの登録' })
  createInquiry(@Arg('input', () => CreateInquiryInput) input: CreateInquiryInput, @Ctx() ctx: Context): Promise<Inquiry> {
    return createInquiry(ctx.db, ctx.viewer, input);
  }

  @Authorized(ASKERS)
  @Mutation(() => Inquiry, { description: '追加質問・コメントの送信 (asking organisation)' })
  addInquiryComment(@Arg('input', () => AddInquiryCommentInput) input: AddInquiryCommentInput, @Ctx() ctx: Context): Promise<Inquiry> {
    return addInquiryComment(ctx.db, ctx.viewer, input);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Inquiry, { description: '回答の登録 (G-MIS office); the asker is notified by mail.' })
  answerInquiry(@Arg('input', () => AnswerInquiryInput) input: AnswerInquiryInput, @Ctx() ctx: Context): Promise<Inquiry> {
    return answerInquiry(ctx.db, ctx.viewer, input, ctx.config.publicBaseUrl);
  }

  @Authorized([Role.OFFICE])
  @Mutation(() => Inquiry, { description: 'お問合せを完了にする (G-MIS office)' })
  closeInquiry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Inquiry> {
    return closeInquiry(ctx.db, ctx.viewer, id);
  }

  @FieldResolver(() => ID)
  id(@Root() inquiry: Inquiry): string {
    return toGlobalId('Inquiry', inquiry.dbId);
  }

  @FieldResolver(() => Int, { description: '問合せ番号' })
  number(@Root() inquiry: Inquiry): number {
    return inquiry.dbId;
  }

  @FieldResolver(() => Facility, { nullable: true, description: 'The asking facility, when the asker acts for one.' })
  facility(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Promise<Facility | null> | null {
    return inquiry.facilityId === null ? null : ctx.loaders.facilityById.load(inquiry.facilityId);
  }

  @FieldResolver(() => Prefecture, { nullable: true })
  prefecture(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Prefecture | null {
    return inquiry.prefectureCode === null ? null : ctx.reference.prefecture(inquiry.prefectureCode);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The asking organisation as shown: facility or prefecture name.' })
  async organisationName(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Promise<string | null> {
    return organisationName(inquiry, ctx);
  }

  @Cost({ listSize: MESSAGES_PER_INQUIRY })
  @FieldResolver(() => [InquiryMessage], { description: 'The thread in order: the question, then comments and answers.' })
  async messages(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Promise<InquiryMessage[]> {
    const comments = await ctx.loaders.inquiryCommentsByInquiryId.load(inquiry.dbId);
    const question: InquiryMessage = {
      inquiryId: inquiry.dbId,
      commentId: null,
      kind: InquiryMessageKind.QUESTION,
      body: inquiry.body,
      fromOffice: false,
      authorAccountId: inquiry.askerAccountId,
      createdAt: inquiry.createdAt,
    };
    return [
      question,
      ...comments.map((c) => ({
        inquiryId: c.inquiryId,
        commentId: c.dbId,
        kind: c.kind,
        body: c.body,
        fromOffice: c.kind === InquiryMessageKind.ANSWER || c.authorRole === Role.OFFICE,
        authorAccountId: c.authorAccountId,
        createdAt: c.createdAt,
      })),
    ];
  }

  @Cost({ listSize: ATTACHMENTS_PER_INQUIRY })
  @FieldResolver(() => [Attachment], { description: 'Every file of the thread, in upload order.' })
  attachments(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.attachmentsByInquiryId.load(inquiry.dbId);
  }
}

async function organisationName(inquiry: Inquiry, ctx: Context): Promise<string | null> {
  if (inquiry.facilityId !== null) return (await ctx.loaders.facilityById.load(inquiry.facilityId))?.name ?? null;
  if (inquiry.organisationKey.startsWith('prefecture:') && inquiry.prefectureCode) {
    return ctx.reference.prefecture(inquiry.prefectureCode)?.name ?? null;
  }
  return null;
}

@Resolver(() => InquiryMessage)
export class InquiryMessageResolver {
  @FieldResolver(() => String, { description: "Who wrote it, as shown in the thread: G-MIS事務局 or the asker's display name." })
  async authorName(@Root() message: InquiryMessage, @Ctx() ctx: Context): Promise<string> {
    // Office staff answer as the office; askers are shown by their account's display name.
    if (message.fromOffice) return 'G-MIS事務局';
    const account = await ctx.loaders.accountById.load(message.authorAccountId);
    return account?.displayName ?? 'お問合せ者';
  }

  @Cost({ listSize: ATTACHMENTS_PER_MESSAGE })
  @FieldResolver(() => [Attachment], { description: 'Files sent with this message.' })
  async attachments(@Root() message: InquiryMessage, @Ctx() ctx: Context): Promise<Attachment[]> {
    const all = await ctx.loaders.attachmentsByInquiryId.load(message.inquiryId);
    return all.filter((a) => a.commentId === message.commentId);
  }
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => ID)
  id(@Root() attachment: Attachment): string {
    return toGlobalId('Attachment', attachment.dbId);
  }

  @FieldResolver(() => String, { description: 'Relative URL of the download (GET; same sign-in as the API).' })
  downloadUrl(@Root() attachment: Attachment): string {
    return `/api/attachments/${toGlobalId('Attachment', attachment.dbId)}`;
  }

  @FieldResolver(() => String, { description: 'SHA-256 of the content, hex.' })
  sha256(@Root() attachment: Attachment): string {
    return attachment.sha256.toString('hex');
  }
}
