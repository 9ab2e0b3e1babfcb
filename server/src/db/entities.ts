import { Account } from '../accounts/account.entity';
import { ApiToken } from '../accounts/api-token.entity';
import { Facility } from '../facilities/facility.entity';
import { Municipality } from '../facilities/municipality.entity';
import { Prefecture } from '../facilities/prefecture.entity';
import { SecondaryMedicalArea } from '../facilities/secondary-medical-area.entity';
import { KeyNetEvent } from '../recruitment/key-net-event.entity';
import { Posting } from '../recruitment/posting.entity';
import { PostingChange } from '../recruitment/posting-change.entity';
import { FaqEntry } from '../content/faq.entity';
import { Notice } from '../content/notice.entity';
import { NoticeRead } from '../content/notice-read.entity';
import { Attachment } from '../inquiries/attachment.entity';
import { InquiryComment } from '../inquiries/inquiry-comment.entity';
import { Inquiry } from '../inquiries/inquiry.entity';

import { BedSnapshot } from '../beds/bed-snapshot.entity';


/** Every TypeORM entity, listed explicitly so the same list works from ts-jest and from dist/. */
export const entities = [
  Prefecture,
  SecondaryMedicalArea,
  Municipality,
  Facility,
  Account,
  ApiToken,
  BedSnapshot,
  Posting,
  PostingChange,
  KeyNetEvent,
  Inquiry,
  InquiryComment,
  Attachment,
  FaqEntry,
  Notice,
  NoticeRead,
];
