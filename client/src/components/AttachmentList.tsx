import { type FragmentType, getFragmentData, graphql } from '../gql';
import { formatSize } from './attachments';

/** What the list shows of each attached file (お知らせ, お問合せ messages): spread it into the `attachments` selection. */
export const AttachmentList_File = graphql(`
  fragment AttachmentList_File on Attachment {
    id
    fileName
    sizeBytes
    downloadUrl
  }
`);

/** Download links for attached files, each with its size. */
export function AttachmentList({
  files: refs,
  label,
}: {
  files: readonly FragmentType<typeof AttachmentList_File>[];
  /** Names the list when no heading does. */
  label?: string;
}) {
  const files = getFragmentData(AttachmentList_File, refs);
  return (
    <ul className="file-list" aria-label={label}>
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.downloadUrl} download={file.fileName}>
            {file.fileName}
          </a>
          （{formatSize(file.sizeBytes)}）
        </li>
      ))}
    </ul>
  );
}
