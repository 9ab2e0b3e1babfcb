import fs from 'node:fs';
import path from 'node:path';
import { REFERENCE_DATA_DIR } from '../db/reference-data';
import { badUserInput } from '../graphql/errors';

/**
 * The password rule: 半角英大文字と小文字、数字を必ず含めた組み合わせで、8文字以上,
 * plus what a modern rule needs: long passphrases are welcome (no silent truncation: the whole
 * normalised text is hashed), Unicode is NFKC-normalised so 「Ｐａｓｓ１」 and 「Pass1」 are the same
 * password wherever they are typed, and the ID itself or a well-known password is refused.
 */
export const MIN_PASSWORD_LENGTH = 8;
/** In characters after NFKC. Long enough for any passphrase; short enough that hashing cost stays bounded. */
export const MAX_PASSWORD_LENGTH = 256;
/**
 * Raw input longer than this is refused before it is normalised or hashed (NFKC can expand a
 * character to at most 18 in theory, but a legitimate password is nowhere near this).
 */
export const MAX_RAW_PASSWORD_LENGTH = MAX_PASSWORD_LENGTH * 4;

export const PASSWORD_RULE_TEXT =
  `半角英大文字と小文字、数字を必ず含めた組み合わせで、${MIN_PASSWORD_LENGTH}文字以上${MAX_PASSWORD_LENGTH}文字以内。` +
  'ユーザ名と同じもの、よく使われるパスワードは使用できません。全角の英数字は半角として扱います。';

let commonPasswords: Set<string> | null = null;
/** server/data/common-passwords.txt: the 10,000 most common passwords (see server/data/SOURCES.md). */
function isCommonPassword(normalized: string): boolean {
  commonPasswords ??= new Set(
    fs
      .readFileSync(path.join(REFERENCE_DATA_DIR, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.normalize('NFKC').toLowerCase()),
  );
  return commonPasswords.has(normalized.toLowerCase());
}

/** NFKC, the one form in which passwords are checked, hashed and compared. */
export function normalizePassword(raw: string): string {
  return raw.normalize('NFKC');
}

/** Login IDs are case-insensitive and width-insensitive: 「ＴＡＮＡＫＡ」 signs in as 「tanaka」. */
export function normalizeLoginId(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

/** Which parts of the rule a new password breaks, as messages shown beside the field (empty when it is fine). */
export function passwordProblems(raw: string, loginId: string | null): string[] {
  if (raw.length > MAX_RAW_PASSWORD_LENGTH) return [`パスワードは${MAX_PASSWORD_LENGTH}文字以内で入力してください。`];
  if (/[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/u.test(raw)) {
    return ['パスワードに使用できない文字（制御文字など）が含まれています。'];
  }
  const password = normalizePassword(raw);
  const length = [...password].length;
  if (length > MAX_PASSWORD_LENGTH) return [`パスワードは${MAX_PASSWORD_LENGTH}文字以内で入力してください。`];
  const problems: string[] = [];
  if (length < MIN_PASSWORD_LENGTH) problems.push(`パスワードは${MIN_PASSWORD_LENGTH}文字以上で入力してください。`);
  const missing = [
    /[A-Z]/.test(password) ? null : '半角英大文字',
    /[a-z]/.test(password) ? null : '半角英小文字',
    /[0-9]/.test(password) ? null : '数字',
  ].filter((m): m is string => m !== null);
  if (missing.length) problems.push(`パスワードには${missing.join('、')}を含めてください。`);
  if (problems.length === 0) {
    if (loginId !== null && password.toLowerCase() === normalizeLoginId(loginId)) {
      problems.push('ユーザ名と同じパスワードは使用できません。');
    } else if (isCommonPassword(password)) {
      problems.push('よく使われているパスワードのため使用できません。');
    }
  }
  return problems;
}

/** Checks a new password against the rule; returns its normalised form or throws BAD_USER_INPUT for `field`. */
export function acceptNewPassword(raw: string, loginId: string | null, field = 'newPassword'): string {
  const problems = passwordProblems(raw, loginId);
  if (problems.length) {
    // The summary stays general; what exactly is wrong is said beside the field.
    throw badUserInput(
      'パスワードが規定のルールを満たしていません。',
      problems.map((message) => ({ field, message })),
    );
  }
  return normalizePassword(raw);
}
