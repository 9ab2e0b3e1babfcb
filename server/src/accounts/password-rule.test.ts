import { passwordHasher, scryptHash, verifyAgainstNothing } from './password-hash';
import { acceptNewPassword, MAX_PASSWORD_LENGTH, normalizeLoginId, passwordProblems } from './password-rule';

describe('password rule (seed 1-2: 半角英大文字と小文字、数字を必ず含めた組み合わせで、8文字以上)', () => {
  it('accepts upper + lower + digit from 8 characters, and names what is missing otherwise', () => {
    expect(passwordProblems('Kenko2026x', 'tanaka')).toEqual([]);
    expect(passwordProblems('Kenko26', 'tanaka')).toEqual(['パスワードは8文字以上で入力してください。']);
    expect(passwordProblems('kenkokenko2026', 'tanaka')).toEqual(['パスワードには半角英大文字を含めてください。']);
    expect(passwordProblems('KENKOKENKO', 'tanaka')).toEqual(['パスワードには半角英小文字、数字を含めてください。']);
  });

  it('allows long passphrases up to the limit, counted in characters after NFKC', () => {
    const passphrase = 'Correct horse battery staple 2026 '.repeat(8).slice(0, MAX_PASSWORD_LENGTH);
    expect(passphrase.length).toBe(MAX_PASSWORD_LENGTH);
    expect(passwordProblems(passphrase, 'tanaka')).toEqual([]);
    expect(passwordProblems(`${passphrase}x`, 'tanaka')).toEqual([`パスワードは${MAX_PASSWORD_LENGTH}文字以内で入力してください。`]);
  });

  it('treats full-width letters and digits as half-width (NFKC), so they satisfy the rule and sign in either way', () => {
    expect(passwordProblems('Ｋｅｎｋｏ２０２６ｘ', 'tanaka')).toEqual([]);
    expect(acceptNewPassword('Ｋｅｎｋｏ２０２６ｘ', 'tanaka')).toBe('Kenko2026x');
  });

  it('refuses NUL and other control characters', () => {
    expect(passwordProblems('Kenko2026\u0000x', 'tanaka')).toEqual(['パスワードに使用できない文字（制御文字など）が含まれています。']);
    expect(passwordProblems('Kenko2026\nx', 'tanaka')).toHaveLength(1);
    expect(passwordProblems('Kenko2026\ud800x', 'tanaka')).toHaveLength(1);
  });

  it('refuses the ID itself, in any case or width', () => {
    expect(passwordProblems('Tanaka2026', 'tanaka2026')).toEqual(['ユーザ名と同じパスワードは使用できません。']);
    expect(passwordProblems('ＴＡＮＡＫＡ2026a', 'tanaka2026a')).toEqual(['ユーザ名と同じパスワードは使用できません。']);
    expect(normalizeLoginId(' ＴＡＮＡＫＡ ')).toBe('tanaka');
  });

  it('refuses passwords from the shipped common-password list, whatever their case', () => {
    for (const common of ['Password1', 'Passw0rd', 'Qwerty123', 'LetMeIn1', 'Welcome1']) {
      expect(passwordProblems(common, 'tanaka')).toEqual(['よく使われているパスワードのため使用できません。']);
    }
  });

  it('refuses a 1 MB password with a clear field error, before normalising or hashing it', () => {
    const hash = jest.spyOn(passwordHasher, 'hash');
    const huge = `Aa1${'x'.repeat(1024 * 1024)}`;
    expect(() => acceptNewPassword(huge, 'tanaka')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'newPassword', message: `パスワードは${MAX_PASSWORD_LENGTH}文字以内で入力してください。` }],
        }),
      }),
    );
    expect(hash).not.toHaveBeenCalled();
    hash.mockRestore();
  });
});

describe('password hashing (argon2id, m=19 MiB, t=2, p=1)', () => {
  it('hashes the whole password: a 73-byte Japanese password differs from one sharing its first 72 bytes', async () => {
    // 3 ASCII + 23 kanji (69 bytes) + 1 ASCII = 73 bytes: bcrypt would ignore the last byte.
    const password = acceptNewPassword(`Aa1${'保健所の病床報告'.repeat(3).slice(0, 23)}x`, 'tanaka');
    const sameFirst72 = `${password.slice(0, -1)}y`;
    expect(Buffer.byteLength(password, 'utf8')).toBe(73);
    expect(Buffer.from(sameFirst72).subarray(0, 72)).toEqual(Buffer.from(password).subarray(0, 72));
    const hash = await passwordHasher.hash(password);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwordHasher.verify(password, hash)).toBe(true);
    expect(await passwordHasher.verify(sameFirst72, hash)).toBe(false);
  });

  it('still verifies scrypt hashes of earlier releases, and asks for them to be re-hashed', async () => {
    const legacy = await scryptHash('Kenko2026x');
    expect(legacy).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await passwordHasher.verify('Kenko2026x', legacy)).toBe(true);
    expect(await passwordHasher.verify('Kenko2026y', legacy)).toBe(false);
    expect(passwordHasher.needsRehash(legacy)).toBe(true);
    expect(passwordHasher.needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(passwordHasher.needsRehash(await passwordHasher.hash('Kenko2026x'))).toBe(false);
  });

  it('spends a real verification on unknown IDs, against a hash at the current parameters', async () => {
    const verify = jest.spyOn(passwordHasher, 'verify');
    expect(await verifyAgainstNothing('Kenko2026x')).toBe(false);
    expect(verify).toHaveBeenCalledWith('Kenko2026x', expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/));
    expect(passwordHasher.needsRehash(verify.mock.calls[0][1])).toBe(false);
    verify.mockRestore();
  });

  it('salts each hash, and refuses malformed stored hashes', async () => {
    const [a, b] = await Promise.all([passwordHasher.hash('Kenko2026x'), passwordHasher.hash('Kenko2026x')]);
    expect(a).not.toBe(b);
    expect(await passwordHasher.verify('Kenko2026x', 'bcrypt$whatever')).toBe(false);
    expect(await passwordHasher.verify('Kenko2026x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    // A stored hash asking for 4 GiB of memory or a thousand passes is refused before any work.
    expect(await passwordHasher.verify('Kenko2026x', '$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(
      false,
    );
    expect(await passwordHasher.verify('Kenko2026x', '$argon2id$v=19$m=19456,t=99,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(
      false,
    );
    expect(await passwordHasher.verify('Kenko2026x', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$not-base64!')).toBe(false);
  });
});
