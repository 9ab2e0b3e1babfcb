import { Role, type Viewer } from '../auth/viewer';
import type { FaqEntry } from './faq.entity';
import type { Notice } from './notice.entity';

/**
 * Who reads FAQ entries and notices, decided here for every path (lists, detail, node(id:),
 * attachment downloads): the office reads everything including drafts; signed-in accounts read
 * published ones; anonymous readers only published ones marked public. Notices also wait for
 * their publish date.
 */
export function isContentEditor(viewer: Viewer): boolean {
  return viewer.role === Role.OFFICE && viewer.accountId !== null;
}

export function canReadFaqEntry(viewer: Viewer, entry: Pick<FaqEntry, 'published' | 'isPublic'>): boolean {
  if (isContentEditor(viewer)) return true;
  if (!entry.published) return false;
  return viewer.accountId !== null || entry.isPublic;
}

export function canReadNotice(viewer: Viewer, notice: Pick<Notice, 'published' | 'isPublic' | 'publishDate'>, now: Date): boolean {
  if (isContentEditor(viewer)) return true;
  if (!notice.published || notice.publishDate.getTime() > now.getTime()) return false;
  return viewer.accountId !== null || notice.isPublic;
}
