import { formatSize } from './attachments';

interface AttachedFile {
  id: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/** Download links for attached files, each with its size. */
export function AttachmentList({ files, label }: { files: readonly AttachedFile[]; /** Names the list when no heading does. */ label?: string }) {
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
