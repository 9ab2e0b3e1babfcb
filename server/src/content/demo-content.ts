import type { EntityManager } from 'typeorm';
import { searchKey } from '../shared/japanese-text';

/** Demo FAQ entries: questions G-MIS users of health centres and hospitals actually ask. */
export const DEMO_FAQ: readonly { question: string; answer: string; category: string; sortOrder: number; isPublic: boolean }[] = [
  {
    category: 'ログイン',
    sortOrder: 10,
    isPublic: true,
    question: 'ユーザ名（ID）が分からなくなりました。どうすればよいですか。',
    answer:
      'ユーザ名が分からない場合は、G-MIS事務局までお問合せください。\nなお、ユーザ名は医療機関・保健所ごとに発行されています。所属内の管理者にもご確認ください。',
  },
  {
    category: 'ログイン',
    sortOrder: 20,
    isPublic: true,
    question: 'パスワードを忘れてしまいました。',
    answer:
      'ログイン画面の「パスワードをお忘れの場合」からパスワードリセットを行ってください。\n登録されたメールアドレスに再設定用のリンクが届きます。リンクの有効期限は30分です。',
  },
  {
    category: 'ログイン',
    sortOrder: 30,
    isPublic: false,
    question: 'パスワードの条件を教えてください。',
    answer:
      '8文字以上で、推測されやすい文字列（ユーザ名と同じもの、よく使われるパスワード等）は使用できません。\n定期的な変更をお願いします。',
  },
  {
    category: '人材募集登録',
    sortOrder: 110,
    isPublic: false,
    question: '人材募集登録で登録した募集情報はどこに公開されますか。',
    answer:
      '登録した募集情報は、公開設定にしたものが Key-Net（看護職員の求人・求職サイト）等に連携されます。\n連絡先など一部の項目は、公開範囲の設定に従いマスキングされます。',
  },
  {
    category: '人材募集登録',
    sortOrder: 120,
    isPublic: false,
    question: '募集を締め切った後はどうすればよいですか。',
    answer: '人材募集登録の一覧から該当の募集を開き、「編集」から募集状況を「終了」に変更して「保存」してください。',
  },
  {
    category: '地域病床見える化',
    sortOrder: 210,
    isPublic: false,
    question: '地域病床見える化のレポートをダウンロードしたい。',
    answer:
      'レポート画面で「地域病床見える化（全項目表示）」を開き、「エクスポート」をクリックしてください。\nCSV 形式でダウンロードできます。',
  },
  {
    category: '地域病床見える化',
    sortOrder: 220,
    isPublic: false,
    question: '二次医療圏で絞り込むにはどうすればよいですか。',
    answer: 'レポート画面の検索条件で都道府県と二次医療圏を選択し、「レポートテーブルを検索」をクリックしてください。',
  },
  {
    category: 'お問合せ',
    sortOrder: 310,
    isPublic: true,
    question: 'お問合せの回答はどのように届きますか。',
    answer:
      'G-MIS事務局が回答を登録すると、登録されたメールアドレスにお知らせメールが配信されます。\n回答内容は G-MIS にログインし、お問合せ画面でご確認ください。',
  },
];

/** Demo notices (事務連絡など), newest last here; the dashboard lists them newest first. */
export const DEMO_NOTICES: readonly {
  title: string;
  body: string;
  importance: 'NORMAL' | 'IMPORTANT';
  publishDate: string;
  isPublic: boolean;
}[] = [
  {
    title: 'G-MIS 操作マニュアルを更新しました',
    body: '医療機関等情報支援システム（G-MIS）操作マニュアル（保健所向け）を更新しました。\n主な変更点:\n- 人材募集登録の画面説明を追加\n- 地域病床見える化のエクスポート手順を追加',
    importance: 'NORMAL',
    publishDate: '2026-04-01T00:00:00.000Z',
    isPublic: true,
  },
  {
    title: '【重要】システムメンテナンスのお知らせ',
    body: '下記の日時にシステムメンテナンスを実施します。メンテナンス中は G-MIS をご利用いただけません。\n\n日時: 2026年12月5日（土）22:00〜翌6:00',
    importance: 'IMPORTANT',
    publishDate: '2026-11-20T00:00:00.000Z',
    isPublic: true,
  },
  {
    title: '病床状況の報告についてのお願い（事務連絡）',
    body: '各医療機関におかれましては、毎日の病床状況の報告をお願いいたします。\n報告が滞っている医療機関については、所管の保健所からご連絡することがあります。',
    importance: 'NORMAL',
    publishDate: '2026-10-15T00:00:00.000Z',
    isPublic: false,
  },
];

/** Seed step: inserts the demo FAQ entries and notices that are missing (matched by question/title), published. */
export async function seedDemoContent(m: EntityManager): Promise<number> {
  let inserted = 0;
  for (const entry of DEMO_FAQ) {
    const rows: unknown[] = await m.query(
      `INSERT INTO faq_entry (question, answer, category, sort_order, published, is_public, search_key)
       SELECT $1, $2, $3, $4, true, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM faq_entry WHERE question = $1) RETURNING id`,
      [entry.question, entry.answer, entry.category, entry.sortOrder, entry.isPublic, searchKey(`${entry.question}\n${entry.answer}`)],
    );
    inserted += rows.length;
  }
  for (const notice of DEMO_NOTICES) {
    const rows: unknown[] = await m.query(
      `INSERT INTO notice (title, body, importance, publish_date, published, is_public, search_key)
       SELECT $1, $2, $3, $4, true, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM notice WHERE title = $1) RETURNING id`,
      [
        notice.title,
        notice.body,
        notice.importance,
        new Date(notice.publishDate),
        notice.isPublic,
        searchKey(`${notice.title}\n${notice.body}`),
      ],
    );
    inserted += rows.length;
  }
  return inserted;
}
