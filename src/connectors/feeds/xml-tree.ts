/**
 * A forgiving XML reader for feeds. The tree comes from htmlparser2 in XML mode, which recovers
 * from unclosed tags and stray ampersands; a strict pass with saxes says whether the document
 * was well-formed and, if not, why (the "bozo" reason). Neither parser reads a DTD: no external
 * entity is ever fetched (XXE) and no declared entity is ever expanded (billion laughs) —
 * unknown references stay as literal text.
 */
import { Parser } from 'htmlparser2';
import { SaxesParser } from 'saxes';
import { decodeEntities } from './html-text.js';

export interface XmlElement {
  /** Local name, lower-cased: real feeds are not consistent about case. */
  local: string;
  /** Namespace URI (declared, or the usual one for well-known prefixes), or null. */
  ns: string | null;
  /** Attributes by their qualified name as written (lower-cased), values decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** xml:base in force on this element (unresolved chain is resolved by the caller). */
  xmlBase: string[];
  lang: string | null;
}

export type XmlNode = XmlElement | { text: string };

export interface XmlDocument {
  root: XmlElement | null;
  /** First well-formedness error, or null when the document is well-formed XML. */
  error: string | null;
}

export const NS = {
  atom10: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Prefixes so common that feeds use them without declaring them. */
const WELL_KNOWN_PREFIXES: Record<string, string> = {
  atom: NS.atom10,
  rdf: NS.rdf,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
};

/**
 * Feed elements that hold only text. When one is left unclosed and a sibling opens, the sibling
 * closes it — the recovery a human reader would make — instead of swallowing the rest of the item.
 */
const TEXT_ONLY = new Set(['title', 'link', 'guid', 'pubdate', 'creator', 'date', 'category', 'comments', 'id', 'updated', 'published', 'name', 'email', 'uri', 'language']);
const STRUCTURAL = new Set([...TEXT_ONLY, 'author', 'description', 'encoded', 'item', 'entry', 'summary', 'content', 'source', 'enclosure', 'channel']);

/** Block-level names: their boundaries separate words when markup is flattened to text. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'section', 'article', 'figure', 'figcaption', 'table', 'ul', 'ol']);

/** Deeper nesting than this is flattened into its ancestor: no feed needs it, and it keeps recursion bounded. */
const MAX_DEPTH = 64;

export function readXml(text: string): XmlDocument {
  const stray = findStrayAmpersand(text);
  const strict = findWellFormednessError(text);
  // saxes reads a stray "&" as the start of a long entity name and reports the damage far
  // later, so the earlier of the two problems is the one worth telling.
  const error = stray && (!strict || stray.offset < strict.offset) ? stray.message : (strict?.message ?? null);
  return { root: buildTree(text), error };
}

interface Problem {
  offset: number;
  message: string;
}

/** An "&" that starts no character or entity reference, outside CDATA sections and comments. */
function findStrayAmpersand(text: string): Problem | null {
  const pattern = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z_][\w.-]*;)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] !== '&') continue;
    const before = text.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index - before.lastIndexOf('\n');
    return { offset: m.index, message: `line ${line}, column ${column}: "&" that is not an entity reference` };
  }
  return null;
}

function findWellFormednessError(text: string): Problem | null {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let first: Problem | null = null;
  parser.on('error', (error) => {
    first ??= { offset: parser.position, message: error.message };
  });
  try {
    parser.write(text).close();
  } catch (error) {
    first ??= { offset: text.length, message: error instanceof Error ? error.message : 'unreadable XML' };
  }
  if (first === null) return null;
  const problem: Problem = first;
  // saxes reports "line:column: message."; keep it one readable line.
  const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(problem.message);
  const message = m ? `line ${m[1]}, column ${m[2]}: ${m[3]!.replace(/\s+/g, ' ')}` : problem.message.replace(/\s+/g, ' ');
  return { offset: problem.offset, message };
}

function buildTree(text: string): XmlElement | null {
  let root: XmlElement | null = null;
  const stack: { el: XmlElement; name: string; scope: Map<string, string> }[] = [];
  const overflow: string[] = [];
  let inCdata = false;
  let rootClosed = false;

  const parser = new Parser(
    {
      onopentag(name, rawAttrs) {
        if (rootClosed) return;
        if (stack.length >= MAX_DEPTH) {
          overflow.push(name);
          return;
        }
        const colon = name.indexOf(':');
        const prefix = colon >= 0 ? name.slice(0, colon) : '';
        const local = (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
        const top = stack.at(-1);
        if (top && stack.length > 1 && TEXT_ONLY.has(top.el.local) && STRUCTURAL.has(local)) stack.pop();
        const parentScope = stack.at(-1)?.scope ?? new Map<string, string>();
        const attrs: Record<string, string> = {};
        let scope = parentScope;
        for (const [key, value] of Object.entries(rawAttrs)) {
          const decoded = decodeEntities(value);
          attrs[key.toLowerCase()] = decoded;
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            if (scope === parentScope) scope = new Map(parentScope);
            scope.set(key === 'xmlns' ? '' : key.slice(6), decoded.trim());
          }
        }
        const ns = scope.get(prefix) ?? WELL_KNOWN_PREFIXES[prefix.toLowerCase()] ?? null;
        const parent = stack.at(-1)?.el;
        const el: XmlElement = {
          local,
          ns,
          attrs,
          children: [],
          xmlBase: attrs['xml:base'] !== undefined ? [...(parent?.xmlBase ?? []), attrs['xml:base']] : (parent?.xmlBase ?? []),
          lang: attrs['xml:lang'] ?? parent?.lang ?? null,
        };
        if (parent) parent.children.push(el);
        else if (root === null) root = el;
        else return; // a second top-level element: ignored, as the first root is the feed
        stack.push({ el, name, scope });
      },
      onclosetag(name) {
        if (overflow.length > 0 && overflow.at(-1) === name) {
          overflow.pop();
          return;
        }
        // Close by name: an element this reader already closed during recovery is skipped.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.name !== name) continue;
          stack.length = i;
          if (i === 0) rootClosed = true;
          return;
        }
      },
      ontext(data) {
        const current = stack.at(-1)?.el;
        if (!current) return;
        current.children.push({ text: inCdata ? data : decodeEntities(data) });
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(text);
  parser.end();
  return root;
}

export function isElement(node: XmlNode): node is XmlElement {
  return 'local' in node;
}

/** All descendant text, in document order, without recursion (depth is bounded anyway). */
export function textContent(el: XmlElement): string {
  let out = '';
  const pending: (XmlNode | null)[] = [...el.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node === null) {
      out += ' ';
    } else if (isElement(node)) {
      // A space after a block-level element (the marker null) keeps paragraphs from running together.
      if (BLOCKS.has(node.local)) pending.push(null);
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    } else {
      out += node.text;
    }
  }
  return out;
}

export function childElements(el: XmlElement, local?: string, ns?: readonly (string | null)[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of el.children) {
    if (!isElement(node)) continue;
    if (local !== undefined && node.local !== local) continue;
    if (ns !== undefined && !ns.includes(node.ns)) continue;
    out.push(node);
  }
  return out;
}

export function firstChild(el: XmlElement, local: string, ns?: readonly (string | null)[]): XmlElement | undefined {
  return childElements(el, local, ns)[0];
}
