/**
 * The part of a saved web page that is the document: a page saved from a handbook, an intranet, a
 * Notion or Confluence export carries a site header, navigation, breadcrumbs, a table of contents,
 * a sidebar, a footer, forms, scripts and styles around the OKRs. Only the content should be read,
 * so list items of a menu never become key results. Pure string work over the page's tags.
 */

/** Elements that are never content: their whole subtree is dropped. */
const NEVER_CONTENT = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'button', 'form', 'dialog', 'nav', 'aside', 'footer']);
/** Void elements have no closing tag, so they open no subtree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** An id or class naming site furniture (Confluence's breadcrumbs and footer, Notion's page properties, a docs site's table of contents). */
const FURNITURE = /^(?:breadcrumbs?|breadcrumb-section|properties|toc|table-of-contents|tableofcontents|sidebar|site-header|site-footer|page-footer|navbar|navigation|footer|header|skip-link|cookie-banner|cookie-consent)$/i;
const CONTENT_ID = /^(?:main-content|maincontent|content-body|page-content)$/i;

interface OpenTag {
  name: string;
  dropped: boolean;
}

function attribute(token: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(token);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The boolean attribute `hidden`, looked for outside attribute values (class="hidden-xs" is not it). */
function isHidden(token: string): boolean {
  return /\shidden(?=[\s>/=])/i.test(token.replace(/"[^"]*"|'[^']*'/g, '""'));
}

function isFurniture(name: string, token: string, insideContent: boolean): boolean {
  if (NEVER_CONTENT.has(name)) return true;
  // A page's own header is site furniture; an article's header holds its title (Notion's export).
  if (name === 'header' && !insideContent) return true;
  if (attribute(token, 'aria-hidden') === 'true' || isHidden(token)) return true;
  const role = attribute(token, 'role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar)$/i.test(role)) return true;
  const names = [attribute(token, 'id') ?? '', ...(attribute(token, 'class') ?? '').split(/\s+/)];
  return names.some((n) => FURNITURE.test(n));
}

function isContentRegion(name: string, token: string): boolean {
  return name === 'main' || name === 'article' || attribute(token, 'role') === 'main' || CONTENT_ID.test(attribute(token, 'id') ?? '');
}

/** The page's tokens: tags and the text between them, comments removed. */
function tokens(html: string): string[] {
  return html.replace(/<!--[\s\S]*?-->/g, '').match(/<[^>]*>|[^<]+/g) ?? [];
}

/**
 * The page's content as HTML: the first content region (`<main>`, `role="main"`, an `<article>`,
 * Confluence's `#main-content`) when there is one, else the whole body; in it, everything that is
 * site furniture is dropped. A fragment copied from a page or document passes through with only
 * its furniture dropped.
 */
export function pageContent(html: string): string {
  const all = tokens(html);
  const kept: string[] = [];
  const open: OpenTag[] = [];
  let droppedDepth = 0;
  let region: { start: number; end: number } | null = null;
  let regionDepth = -1;
  for (const token of all) {
    const tag = /^<\s*(\/)?\s*([a-z][a-z0-9-]*)/i.exec(token);
    if (!tag) {
      if (droppedDepth === 0 && !token.startsWith('<')) kept.push(token);
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (closing) {
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const closed of open.splice(at)) if (closed.dropped) droppedDepth--;
      if (droppedDepth === 0 && !NEVER_CONTENT.has(name)) kept.push(token);
      if (region && region.end < 0 && open.length <= regionDepth) region.end = kept.length;
      continue;
    }
    // A page whose </head> was left out still has a body.
    if (name === 'body') {
      const head = open.findIndex((o) => o.name === 'head');
      if (head >= 0) for (const closed of open.splice(head)) if (closed.dropped) droppedDepth--;
    }
    if (VOID.has(name) || /\/\s*>$/.test(token)) {
      if (droppedDepth === 0) kept.push(token);
      continue;
    }
    const insideContent = (region !== null && region.end < 0) || open.some((o) => o.name === 'article' || o.name === 'main');
    const dropped = droppedDepth > 0 || isFurniture(name, token, insideContent);
    if (dropped) droppedDepth++;
    else {
      if (!region && isContentRegion(name, token)) {
        region = { start: kept.length, end: -1 };
        regionDepth = open.length;
      }
      kept.push(token);
    }
    open.push({ name, dropped });
  }
  if (!region) return kept.join('');
  const content = kept.slice(region.start, region.end < 0 ? kept.length : region.end);
  // Confluence writes the page's title above its content region: it names the quarter ("Product : Q3 2026 OKRs").
  const title = titleBefore(kept, region.start);
  return (content.some((token) => /^<h1\b/i.test(token)) || !title ? content : [...title, ...content]).join('');
}

/** The first <h1> element kept before the content region, as tokens. */
function titleBefore(kept: readonly string[], end: number): string[] | null {
  const start = kept.findIndex((token, index) => index < end && /^<h1\b/i.test(token));
  if (start < 0) return null;
  const close = kept.findIndex((token, index) => index > start && /^<\/\s*h1\s*>/i.test(token));
  return close < 0 || close >= end ? null : kept.slice(start, close + 1);
}
