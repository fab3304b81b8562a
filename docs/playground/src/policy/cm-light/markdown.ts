/**
 * What the editor's build puts in place of `codemirror-json-schema/dist/utils/markdown.js`, which
 * loads markdown-it and the shiki highlighter (about 450 kB minified) to render the schema's
 * descriptions in tooltips: the descriptions of the policy's schema are plain sentences with
 * `code` in backquotes, rendered here as escaped text with <code>.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The HTML of a description: escaped, `code` in backquotes as <code>, paragraphs when not inline. */
export function renderMarkdown(markdown: string, inline = true): string {
  const html = String(markdown ?? '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
    .replace(/`([^`]+)`/g, '<code>$1</code>');
  if (inline) return html;
  return html
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}
