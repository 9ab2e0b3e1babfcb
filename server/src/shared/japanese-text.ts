/**
 * The key used for partial-match search on Japanese names: NFKC folds full-width ASCII and
 * half-width katakana into one form (ＡＢＣ→ABC, ｶﾀｶﾅ→カタカナ), then case is folded and white
 * space removed, so 「ＪＲ　東京総合病院」 and 「jr東京総合病院」 match.
 */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
