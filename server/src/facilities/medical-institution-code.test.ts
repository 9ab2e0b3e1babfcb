import { makeMedicalInstitutionCode, medicalInstitutionCheckDigit, medicalInstitutionCodeProblem } from './medical-institution-code';

describe('医療機関コード', () => {
  it('computes the modulus-10 weights 2-1 check digit over 郡市区 + 番号', () => {
    // 01 2345 → digits from the right weighted 2,1,2,1,2,1: 5*2=10→1, 4, 3*2=6, 2, 1*2=2, 0 → 15 → check 5
    expect(medicalInstitutionCheckDigit('012345')).toBe(5);
    expect(medicalInstitutionCheckDigit('000000')).toBe(0);
  });

  it('accepts a generated code and rejects each kind of mistake with a Japanese message', () => {
    const code = makeMedicalInstitutionCode('13', '1', 12, 345);
    expect(code).toMatch(/^131120345\d$/);
    expect(medicalInstitutionCodeProblem(code)).toBeNull();
    const wrongCheck = code.slice(0, 9) + String((Number(code[9]) + 1) % 10);
    expect(medicalInstitutionCodeProblem(wrongCheck)).toContain('検証番号');
    expect(medicalInstitutionCodeProblem('481' + code.slice(3))).toContain('都道府県');
    expect(medicalInstitutionCodeProblem('132' + code.slice(3))).toContain('点数表');
    expect(medicalInstitutionCodeProblem('13112034')).toContain('10桁');
    expect(medicalInstitutionCodeProblem('１３１１２０３４５６')).toContain('10桁');
  });
});
