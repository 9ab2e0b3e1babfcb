import { Link } from 'react-router';

interface PublicationStateProps {
  published: boolean;
  /** Readable without signing in. */
  isPublic: boolean;
}

/** 公開中 / 非公開 of FAQ entries and notices, as the G-MIS事務局 sees it on the detail screen. */
export function PublicationState({ published, isPublic }: PublicationStateProps) {
  return (
    <span>
      {published ? '公開中' : '非公開'}
      {isPublic ? '（ログイン不要で閲覧可）' : ''}
    </span>
  );
}

interface PublicationActionsProps {
  editTo: string;
  published: boolean;
  onPublish: () => void;
  onUnpublish: () => void;
}

/** 編集 and 公開する / 非公開にする under a FAQ entry or notice (G-MIS事務局 only). */
export function PublicationActions({ editTo, published, onPublish, onUnpublish }: PublicationActionsProps) {
  return (
    <div className="form-actions">
      <Link to={editTo} className="button button--secondary">
        編集
      </Link>
      {published ? (
        <button type="button" className="button button--secondary" onClick={onUnpublish}>
          非公開にする
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={onPublish}>
          公開する
        </button>
      )}
    </div>
  );
}
