/**
 * HTML built from tagged templates that escape every interpolated value by default. Only
 * values already wrapped as `SafeHtml` (other templates, or `unsafeRawHtml` of sanitised
 * markup) pass through, so forgetting to escape is impossible rather than unlikely.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch]!);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]);
    out += strings[i + 1] ?? '';
  }
  return new SafeHtml(out);
}

/**
 * Marks markup as safe without escaping. Only for HTML that a sanitiser produced or that the
 * code itself generated (e.g. server-rendered SVG charts) — never for user input as such.
 */
export function unsafeRawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
