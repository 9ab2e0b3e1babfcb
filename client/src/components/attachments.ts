import { postMultipart } from './post-multipart';

/** What POST /api/attachments answers for a stored file. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

const number = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/**
 * Uploads one file to the attachment endpoint. Resolves with the stored file or rejects with the
 * server's Japanese message.
 */
export function uploadAttachment(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return postMultipart<UploadedFile>('/api/attachments', body, 'ファイルをアップロードできませんでした。');
}
