import { FacilityKind } from '../facilities/facility.entity';
import { validatePostingFields } from './posting-validation';

const valid = {
  title: '看護師募集',
  occupation: 'NURSE',
  employmentType: 'FULL_TIME',
  duties: '病棟業務',
  workingHours: '日勤',
  pay: '月給',
  contactName: '担当',
  contactPhone: '03-1234-5678',
} as const;

const problemsOf = (fields: Record<string, unknown>, kind = FacilityKind.HOSPITAL) => {
  try {
    validatePostingFields({ ...valid, ...fields } as never, kind);
    return [];
  } catch (error) {
    return (error as { extensions: { fieldErrors: { field: string; message: string }[] } }).extensions.fieldErrors;
  }
};

describe('posting validation', () => {
  it.each(['03-1234-5678', '0312345678', '090-1234-5678', '09012345678', '0120-123-456', '０３－１２３４－５６７８', '03 1234 5678'])(
    'accepts the phone number %s',
    (phone) => expect(problemsOf({ contactPhone: phone })).toEqual([]),
  );

  it.each(['1234567890', '06-9876-543', '06-9876-54321-0', '03--1234-5678', '03-1234-5678-', 'tel:0312345678', '+81312345678'])(
    'rejects the phone number %s with a message that does not repeat it',
    (phone) => {
      const [problem] = problemsOf({ contactPhone: phone });
      expect(problem.field).toBe('contactPhone');
      expect(problem.message).not.toContain(phone);
    },
  );

  it('normalises postal codes and e-mail addresses, and blanks optional fields to null', () => {
    const content = validatePostingFields(
      {
        ...valid,
        workPostalCode: '１００ー０００１',
        contactEmail: ' ｓａｉｙｏ@example.jp ',
        qualifications: '  ',
        openings: null,
      } as never,
      FacilityKind.HOSPITAL,
    );
    expect(content).toMatchObject({
      workPostalCode: '1000001',
      contactEmail: 'saiyo@example.jp',
      qualifications: null,
      openings: null,
      maskingRequested: false,
    });
  });

  it('checks lengths at the limits', () => {
    expect(problemsOf({ title: 'あ'.repeat(100) })).toEqual([]);
    expect(problemsOf({ title: 'あ'.repeat(101) })).toEqual([{ field: 'title', message: '募集タイトルは100文字以内で入力してください。' }]);
    expect(problemsOf({ openings: 999 })).toEqual([]);
    expect(problemsOf({ openings: 1000 })).toEqual([{ field: 'openings', message: '募集人数は999以下で入力してください。' }]);
  });

  it('requires the full work location only for a 保健所', () => {
    expect(problemsOf({}, FacilityKind.HEALTH_CENTER).map((p) => p.field)).toEqual([
      'workPostalCode',
      'workPrefectureCode',
      'workAddress',
      'workFacilityName',
    ]);
    expect(
      problemsOf(
        { workPostalCode: '1000001', workPrefectureCode: '13', workAddress: '千代田区', workFacilityName: '本庁舎' },
        FacilityKind.HEALTH_CENTER,
      ),
    ).toEqual([]);
    expect(problemsOf({ workPrefectureCode: '48' }, FacilityKind.HEALTH_CENTER)[1]).toEqual({
      field: 'workPrefectureCode',
      message: '都道府県を選択してください。',
    });
  });
});
