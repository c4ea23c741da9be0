/** Prints a query tree back as query text that parses to the same tree (for saved searches and tests). */
import type { QueryNode } from './query-ast.js';

export function formatQuery(node: QueryNode | null): string {
  if (!node) return '';
  switch (node.kind) {
    case 'and':
      return node.children.map((c) => wrap(c, 'and')).join(' AND ');
    case 'or':
      return node.children.map((c) => wrap(c, 'or')).join(' OR ');
    case 'not':
      return `NOT ${wrap(node.child, 'not')}`;
    case 'text':
      // A bare word can never hold a space, quote or parenthesis, nor be an operator.
      return node.phrase ? quote(node.value) : node.value;
    case 'field':
      return `${node.field}:${needsQuotes(node.value) ? quote(node.value) : node.value}`;
  }
}

function wrap(node: QueryNode, parent: 'and' | 'or' | 'not'): string {
  const text = formatQuery(node);
  const needs = (node.kind === 'or' && parent !== 'or') || (node.kind === 'and' && parent === 'not');
  return needs ? `(${text})` : text;
}

function needsQuotes(value: string): boolean {
  return value === '' || /[\s()"]/u.test(value) || value === 'AND' || value === 'OR' || value === 'NOT';
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
}
