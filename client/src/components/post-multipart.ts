/**
 * POSTs to one of the server's upload endpoints (multipart, same-origin cookie). The
 * apollo-require-preflight header is what makes the request CSRF-proof: a cross-site form cannot
 * send it. Resolves with the server's answer; rejects with the server's Japanese message, or with
 * `failed` when the answer carries none.
 */
export async function postMultipart<T extends object>(url: string, body: FormData | null, failed: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new Error('サーバーに接続できませんでした。通信環境を確認してから、もう一度操作してください。');
  }
  const payload = (await response.json().catch(() => null)) as (T & { errors?: { message: string }[] }) | null;
  if (!response.ok || !payload || payload.errors) throw new Error(payload?.errors?.[0]?.message ?? failed);
  return payload;
}
