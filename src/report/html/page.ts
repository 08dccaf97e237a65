import { html, trusted, type SafeHtml } from '../formatters/html-escape.js';
import { BASE_CSS } from './styles.js';

/** A whole page: doctype, head with the inline CSS (and an optional inline script), and the body. Nothing is loaded from elsewhere. */
export function page(title: string, body: SafeHtml, css: string, script?: string): string {
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(BASE_CSS + css)}</style>
</head>
<body>
<main>
${body}
</main>
${script ? trusted(`<script>${script}</script>`) : ''}
</body>
</html>
`.html;
}
