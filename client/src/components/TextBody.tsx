import '../styles/content.css';

/**
 * Shows a stored body (お問合せ・FAQ・お知らせ) safely: plain text with a tiny Markdown subset —
 * blank lines separate paragraphs and a block of "- " lines becomes a list. Everything is
 * rendered as React text nodes (escaped); no HTML from a body ever reaches the DOM, and no
 * dangerouslySetInnerHTML is used anywhere.
 */
export function TextBody({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  return (
    <div className="text-body">
      {blocks.map((block, index) => {
        const lines = block.split('\n');
        if (lines.every((line) => /^[-*・] /.test(line))) {
          return (
            <ul key={index}>
              {lines.map((line, i) => (
                <li key={i}>{line.replace(/^[-*・] /, '')}</li>
              ))}
            </ul>
          );
        }
        return <p key={index}>{block}</p>;
      })}
    </div>
  );
}
