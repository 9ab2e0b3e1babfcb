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
 * Uploads one file to the attachment endpoint (multipart, same-origin cookie). The
 * apollo-require-preflight header is what makes the request CSRF-proof: a cross-site form cannot
 * send it. Resolves with the stored file or rejects with the server's Japanese message.
 */
export async function uploadAttachment(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/attachments', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new Error('サーバーに接続できませんでした。通信環境を確認してから、もう一度操作してください。');
  }
  const payload = (await response.json().catch(() => null)) as (UploadedFile & { errors?: { message: string }[] }) | null;
  if (!response.ok || !payload) throw new Error(payload?.errors?.[0]?.message ?? 'ファイルをアップロードできませんでした。');
  return payload;
}
