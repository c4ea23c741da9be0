/**
 * Parses the mentions query language. Never throws: any input gives either a syntax tree or
 * an error with the 0-based character position where the query stops making sense.
 *
 *   query   := or
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*        — adjacent terms are ANDed
 *   unary   := ("NOT" | "-") unary | primary
 *   primary := "(" or ")" | term
 *   term    := FIELD ":" (WORD | PHRASE) | PHRASE | WORD
 */
import {
  AUTHOR_TYPE_VALUES,
  FIELD_ALIASES,
  LANGUAGE_VALUES,
  PLATFORM_VALUES,
  SENTIMENT_VALUES,
  type QueryField,
  type QueryNode,
} from './query-ast.js';

export type ParseResult = { ok: true; query: QueryNode | null } | { ok: false; error: QueryError };

export interface QueryError {
  /** 0-based offset into the query text. */
  position: number;
  message: string;
}

export const MAX_QUERY_LENGTH = 2000;
const MAX_DEPTH = 32;

type Token =
  | { type: 'word'; value: string; start: number }
  | { type: 'phrase'; value: string; start: number }
  | { type: 'field'; name: string; start: number }
  | { type: 'and' | 'or' | 'not' | 'lparen' | 'rparen'; start: number }
  | { type: 'end'; start: number };

class QuerySyntaxError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseQuery(input: string): ParseResult {
  try {
    if (input.length > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxError(MAX_QUERY_LENGTH, `Query is longer than ${MAX_QUERY_LENGTH} characters`);
    }
    const tokens = tokenize(input);
    const parser = new Parser(tokens);
    const query = parser.parseQuery();
    return { ok: true, query };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, error: { position: error.position, message: error.message } };
    // A bug here must not become a 500: report it as an unparseable query.
    return { ok: false, error: { position: 0, message: 'Query could not be parsed' } };
  }
}

const WORD_BREAK = /[\s()"]/u;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      tokens.push({ type: 'lparen', start: i++ });
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'rparen', start: i++ });
      continue;
    }
    if (ch === '"') {
      const { value, end } = readPhrase(input, i);
      tokens.push({ type: 'phrase', value, start: i });
      i = end;
      continue;
    }
    if (ch === '-' && i + 1 < input.length && !WORD_BREAK.test(input[i + 1]!) && (i === 0 || /[\s(]/u.test(input[i - 1]!))) {
      tokens.push({ type: 'not', start: i++ });
      continue;
    }
    const start = i;
    let field: string | null = null;
    while (i < input.length && !WORD_BREAK.test(input[i]!)) {
      // "name:" starts a field filter only when the name is a plain identifier (so "12:30"
      // and ":)" stay words).
      if (input[i] === ':' && i > start && /^[\p{L}_]+$/u.test(input.slice(start, i))) {
        field = input.slice(start, i);
        break;
      }
      i++;
    }
    if (field !== null) {
      tokens.push({ type: 'field', name: field, start });
      i++;
      continue;
    }
    const word = input.slice(start, i);
    if (word === 'AND') tokens.push({ type: 'and', start });
    else if (word === 'OR') tokens.push({ type: 'or', start });
    else if (word === 'NOT') tokens.push({ type: 'not', start });
    else tokens.push({ type: 'word', value: word, start });
  }
  tokens.push({ type: 'end', start: input.length });
  return tokens;
}

function readPhrase(input: string, open: number): { value: string; end: number } {
  let i = open + 1;
  let value = '';
  while (i < input.length && input[i] !== '"') {
    if (input[i] === '\\' && (input[i + 1] === '"' || input[i + 1] === '\\')) {
      value += input[i + 1];
      i += 2;
      continue;
    }
    value += input[i];
    i++;
  }
  if (i >= input.length) throw new QuerySyntaxError(open, 'Unclosed quotation mark');
  const trimmed = value.trim();
  if (trimmed === '') throw new QuerySyntaxError(open, 'Empty phrase');
  return { value: trimmed.replace(/\s+/gu, ' '), end: i + 1 };
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): QueryNode | null {
    if (this.peek().type === 'end') return null;
    const node = this.parseOr();
    const next = this.peek();
    if (next.type === 'rparen') throw new QuerySyntaxError(next.start, 'Closing parenthesis without an opening one');
    if (next.type !== 'end') throw new QuerySyntaxError(next.start, 'Unexpected input');
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private take(): Token {
    return this.tokens[this.index++]!;
  }

  private parseOr(): QueryNode {
    const children = [this.parseAnd()];
    while (this.peek().type === 'or') {
      const op = this.take();
      if (this.startsOperand()) children.push(this.parseAnd());
      else throw new QuerySyntaxError(this.peek().start, `Expected a term after OR at position ${op.start}`);
    }
    return combine('or', children);
  }

  private parseAnd(): QueryNode {
    const children = [this.parseUnary()];
    for (;;) {
      const next = this.peek();
      if (next.type === 'and') {
        this.take();
        if (!this.startsOperand()) throw new QuerySyntaxError(this.peek().start, `Expected a term after AND at position ${next.start}`);
        children.push(this.parseUnary());
      } else if (this.startsOperand()) {
        children.push(this.parseUnary());
      } else break;
    }
    return combine('and', children);
  }

  private startsOperand(): boolean {
    const type = this.peek().type;
    return type === 'word' || type === 'phrase' || type === 'field' || type === 'not' || type === 'lparen';
  }

  private parseUnary(): QueryNode {
    const token = this.peek();
    if (token.type === 'not') {
      this.take();
      if (!this.startsOperand()) throw new QuerySyntaxError(this.peek().start, 'Expected a term after NOT');
      return { kind: 'not', child: this.nested(() => this.parseUnary(), token.start) };
    }
    return this.parsePrimary();
  }

  private nested<T>(fn: () => T, position: number): T {
    if (++this.depth > MAX_DEPTH) throw new QuerySyntaxError(position, `Query is nested more than ${MAX_DEPTH} levels deep`);
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private parsePrimary(): QueryNode {
    const token = this.take();
    switch (token.type) {
      case 'lparen': {
        if (this.peek().type === 'rparen') throw new QuerySyntaxError(this.peek().start, 'Empty parentheses');
        const inner = this.nested(() => this.parseOr(), token.start);
        const close = this.take();
        if (close.type !== 'rparen') throw new QuerySyntaxError(token.start, 'Unclosed parenthesis');
        return inner;
      }
      case 'word':
        return { kind: 'text', value: token.value, phrase: false };
      case 'phrase':
        return { kind: 'text', value: token.value, phrase: true };
      case 'field':
        return this.parseField(token.name, token.start);
      case 'rparen':
        throw new QuerySyntaxError(token.start, 'Closing parenthesis without an opening one');
      case 'end':
        throw new QuerySyntaxError(token.start, 'Query ends where a term was expected');
      default:
        throw new QuerySyntaxError(token.start, `Expected a term, found ${token.type.toUpperCase()}`);
    }
  }

  private parseField(name: string, start: number): QueryNode {
    const field = FIELD_ALIASES[name.toLowerCase()];
    if (!field) throw new QuerySyntaxError(start, `Unknown field "${name}"`);
    const valueToken = this.take();
    if (valueToken.type !== 'word' && valueToken.type !== 'phrase') {
      throw new QuerySyntaxError(valueToken.start, `Field ${name}: needs a value`);
    }
    return { kind: 'field', field, value: normalizeFieldValue(field, valueToken.value, valueToken.start) };
  }
}

/** AND and OR are associative: "(a b) c" is the same query as "a b c", so one tree shape serves both. */
function combine(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  const flat = children.flatMap((child) => (child.kind === kind ? child.children : [child]));
  return flat.length === 1 ? flat[0]! : { kind, children: flat };
}

function normalizeFieldValue(field: QueryField, raw: string, position: number): string {
  const value = raw.toLowerCase();
  const pick = (table: Record<string, string>, label: string) => {
    const found = table[value];
    if (!found) throw new QuerySyntaxError(position, `Unknown ${label} "${raw}"; use one of ${Object.keys(table).join(', ')}`);
    return found;
  };
  switch (field) {
    case 'sentiment':
      return pick(SENTIMENT_VALUES, 'sentiment');
    case 'platform':
      return pick(PLATFORM_VALUES, 'platform');
    case 'type':
      return pick(AUTHOR_TYPE_VALUES, 'account type');
    case 'language':
      if (!(LANGUAGE_VALUES as readonly string[]).includes(value)) {
        throw new QuerySyntaxError(position, `Unknown language "${raw}"; use one of ${LANGUAGE_VALUES.join(', ')}`);
      }
      return value;
    case 'author':
    case 'hashtag': {
      const bare = value.replace(/^[@#]+/, '');
      if (bare === '') throw new QuerySyntaxError(position, `Field ${field}: needs a value`);
      return bare;
    }
    default:
      return value;
  }
}
