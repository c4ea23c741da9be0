/**
 * Server-rendered form parts in the GOV.UK pattern: an error summary at the top linking to
 * each field, errors repeated beside the fields, answers kept, hints tied to inputs with
 * aria-describedby. Everything is escaped by the html template.
 */
import { html, type SafeHtml } from '../../lib/html.js';
import type { Translate } from '../i18n/i18n.js';

export interface FieldError {
  field: string;
  message: string;
}

export function errorSummary(t: Translate, errors: readonly FieldError[]): SafeHtml {
  if (errors.length === 0) return html``;
  // autofocus moves keyboard and screen-reader focus to the summary without JavaScript.
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${t('form.errorSummary')}</h2>
<ul>${errors.map((e) => html`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

export function fieldError(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

export interface InputOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  value?: string;
  error?: string | undefined;
  hint?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'text';
  required?: boolean;
  maxlength?: number;
}

export function textInput(o: InputOptions): SafeHtml {
  const id = o.name;
  const describedBy = [o.hint ? `${id}-hint` : '', o.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${o.error ? ' form-group-error' : ''}">
<label for="${id}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
${o.error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error:</span> ${o.error}</p>` : ''}
<input id="${id}" name="${o.name}" type="${o.type ?? 'text'}"${o.value !== undefined && o.type !== 'password' ? html` value="${o.value}"` : ''}${
    o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''
  }${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.required ? html` required` : ''}${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${
    describedBy ? html` aria-describedby="${describedBy}"` : ''
  }${o.error ? html` aria-invalid="true"` : ''}>
</div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export function selectInput(o: { name: string; label: string; options: readonly SelectOption[]; value?: string; error?: string | undefined }): SafeHtml {
  return html`<div class="form-group${o.error ? ' form-group-error' : ''}">
<label for="${o.name}">${o.label}</label>
${o.error ? html`<p class="field-error" id="${o.name}-error">${o.error}</p>` : ''}
<select id="${o.name}" name="${o.name}"${o.error ? html` aria-describedby="${o.name}-error" aria-invalid="true"` : ''}>
${o.options.map((opt) => html`<option value="${opt.value}"${opt.value === o.value ? html` selected` : ''}>${opt.label}</option>`)}
</select>
</div>`;
}

export function checkboxes(o: { name: string; legend: string; options: readonly SelectOption[]; checked: readonly string[]; error?: string | undefined }): SafeHtml {
  return html`<fieldset class="form-group${o.error ? ' form-group-error' : ''}" id="${o.name}">
<legend>${o.legend}</legend>
${o.error ? html`<p class="field-error">${o.error}</p>` : ''}
${o.options.map(
  (opt, i) => html`<div class="choice"><input type="checkbox" id="${o.name}-${i}" name="${o.name}" value="${opt.value}"${
    o.checked.includes(opt.value) ? html` checked` : ''
  }><label for="${o.name}-${i}">${opt.label}</label></div>`,
)}
</fieldset>`;
}

export function radios(o: { name: string; legend: string; options: readonly (SelectOption & { hint?: string })[]; value?: string; error?: string | undefined }): SafeHtml {
  return html`<fieldset class="form-group${o.error ? ' form-group-error' : ''}" id="${o.name}">
<legend>${o.legend}</legend>
${o.error ? html`<p class="field-error">${o.error}</p>` : ''}
${o.options.map(
  (opt, i) => html`<div class="choice"><input type="radio" id="${o.name}-${i}" name="${o.name}" value="${opt.value}"${
    opt.value === o.value ? html` checked` : ''
  }${opt.hint ? html` aria-describedby="${o.name}-${i}-hint"` : ''}><label for="${o.name}-${i}">${opt.label}</label>${
    opt.hint ? html`<p class="hint" id="${o.name}-${i}-hint">${opt.hint}</p>` : ''
  }</div>`,
)}
</fieldset>`;
}

export function csrfInput(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

/** A small POST form with one button (logout, revoke): state changes never happen on GET. */
export function buttonForm(action: string, token: string, label: string, options: { warning?: boolean; hidden?: Record<string, string> } = {}): SafeHtml {
  return html`<form method="post" action="${action}" class="inline-form">${csrfInput(token)}${Object.entries(options.hidden ?? {}).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<button type="submit" class="button${options.warning ? ' button-warning' : ' button-secondary'}">${label}</button></form>`;
}

export function notice(message: string | undefined): SafeHtml {
  return message ? html`<div class="notice" role="status"><p>${message}</p></div>` : html``;
}
