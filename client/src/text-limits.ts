/**
 * The longest text the server accepts in each form field, counted as the server counts: the
 * length of the trimmed text (UTF-16 code units, so 𠮷 counts as 2). The server's validation
 * is the rule (recruitment/posting-validation.ts, inquiries/inquiry.thread.ts,
 * content/faq.editing.ts, content/notice.editing.ts); e2e/client-text-limits.test.ts sends each
 * limit and one character more to it, so a number changed on one side only fails that test.
 * Screens take their numbers from here only.
 */
export const TEXT_LIMITS = {
  posting: {
    title: 100,
    duties: 2000,
    qualifications: 1000,
    workingHours: 500,
    pay: 500,
    period: 200,
    workAddress: 200,
    workFacilityName: 100,
    contactName: 50,
    contactLocation: 100,
  },
  /** 新規お問合せ; 追加質問 and 回答 share the body's limit. */
  inquiry: { subject: 200, body: 10000 },
  faq: { question: 500, answer: 20000, category: 50 },
  notice: { title: 200, body: 20000 },
} as const;

/** The length the server checks against the limit. */
export const countedLength = (value: string) => value.trim().length;

/** 「100文字以内」 for a field's hint. */
export const limitHint = (limit: number) => `${limit}文字以内`;
