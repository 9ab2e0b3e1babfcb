import express from 'express';
import { defineDomain } from '../domain';
import { Attachment } from './attachment.entity';
import { PostgresAttachmentStorage } from './attachment-storage';
import { createAttachmentRouter } from './attachment-upload';
import { InquiryComment } from './inquiry-comment.entity';
import { Inquiry } from './inquiry.entity';
import { createInquiryLoaders } from './inquiry.loaders';
import { AttachmentResolver, InquiryMessageResolver, InquiryResolver, loadInquiryNode } from './inquiry.resolver';

/** お問合せ: inquiries to the G-MIS office, their threads, and attachments (also used by notices). */
export const inquiries = defineDomain({
  name: 'inquiries',
  entities: [Inquiry, InquiryComment, Attachment],
  resolvers: [InquiryResolver, InquiryMessageResolver, AttachmentResolver],
  loaders: createInquiryLoaders,
  nodes: { Inquiry: loadInquiryNode },
  // Attachments (お問合せ・お知らせ): multipart upload and download, same sign-in as /graphql.
  routes: ({ db, config, resolveViewer }) =>
    express
      .Router()
      .use('/api/attachments', createAttachmentRouter({ db, config, resolveViewer, storage: new PostgresAttachmentStorage(db) })),
});
