/**
 * 医療機関コード (10 digits): prefecture (2) + 点数表 (1: 1 医科, 3 歯科, 4 調剤) + 郡市区 (2)
 * + 医療機関番号 (4) + 検証番号 (1). The check digit is the modulus-10, weights 2-1 (Luhn) digit
 * over the six digits of 郡市区 + 番号, as the 7-digit code printed on 診療報酬明細書 uses.
 */
export function medicalInstitutionCheckDigit(districtAndNumber: string): number {
  if (!/^\d{6}$/.test(districtAndNumber)) throw new Error('expected six digits');
  let sum = 0;
  for (let i = 0; i < 6; i += 1) {
    const digit = Number(districtAndNumber[5 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

export const FEE_TABLE_CODES = ['1', '3', '4'] as const;

/** Returns a Japanese message describing why the code is invalid, or null when it is valid. */
export function medicalInstitutionCodeProblem(code: string): string | null {
  if (!/^\d{10}$/.test(code)) return '医療機関コードは半角数字10桁で入力してください。';
  const prefecture = Number(code.slice(0, 2));
  if (prefecture < 1 || prefecture > 47) return '医療機関コードの先頭2桁（都道府県番号）が正しくありません。';
  if (!(FEE_TABLE_CODES as readonly string[]).includes(code[2])) return '医療機関コードの3桁目（点数表番号）が正しくありません。';
  if (medicalInstitutionCheckDigit(code.slice(3, 9)) !== Number(code[9])) return '医療機関コードの検証番号が一致しません。';
  return null;
}

export function makeMedicalInstitutionCode(prefectureCode: string, feeTable: string, district: number, serial: number): string {
  const body = `${String(district).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  return `${prefectureCode}${feeTable}${body}${medicalInstitutionCheckDigit(body)}`;
}
