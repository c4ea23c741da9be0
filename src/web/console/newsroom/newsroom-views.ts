/** Pieces of newsroom pages: status labels, the article form, the revision diff. */
import { diffWordsWithSpace } from 'diff';
import { html, type SafeHtml } from '../../../lib/html.js';
import { ARTICLE_TOPICS } from '../../../domain/article-topics.js';
import type { ArticleStatus } from '../../../domain/article.js';
import type { ArticleForm, ArticleInputError } from '../../../services/newsroom/article-input.js';
import { ARTICLE_LIMITS } from '../../../services/newsroom/article-input.js';
import { csrfInput, errorSummary, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import type { Translate } from '../../i18n/i18n.js';

export function statusLabel(t: Translate, status: ArticleStatus): SafeHtml {
  return html`<span class="status status-${status}">${t(`newsroom.status.${status}`)}</span>`;
}

export function fieldErrors(t: Translate, errors: readonly ArticleInputError[]): FieldError[] {
  return errors.map((e) => ({ field: e.field, message: t(`newsroom.error.${e.code}`) }));
}

function textArea(o: { name: string; label: string; hint?: string; value: string; error?: string | undefined; rows: number; maxlength?: number }): SafeHtml {
  const describedBy = [o.hint ? `${o.name}-hint` : '', o.error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${o.error ? ' form-group-error' : ''}">
<label for="${o.name}">${o.label}</label>
${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
${o.error ? html`<p class="field-error" id="${o.name}-error"><span class="visually-hidden">Error:</span> ${o.error}</p>` : ''}
<textarea id="${o.name}" name="${o.name}" rows="${o.rows}"${o.maxlength ? html` maxlength="${o.maxlength}"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${
    o.error ? html` aria-invalid="true"` : ''
  }>${o.value}</textarea>
</div>`;
}

export function articleFields(t: Translate, form: Partial<ArticleForm>, errors: readonly FieldError[], options: { slugLocked: boolean; correction: boolean }): SafeHtml {
  const err = (field: string) => errors.find((e) => e.field === field)?.message;
  return html`${options.correction
    ? textArea({ name: 'correctionNote', label: t('newsroom.field.correctionNote'), hint: t('newsroom.field.correctionNoteHint'), value: form.correctionNote ?? '', error: err('correctionNote'), rows: 3, maxlength: ARTICLE_LIMITS.correctionNote })
    : ''}
${textInput({ name: 'title', label: t('newsroom.field.title'), value: form.title ?? '', error: err('title'), required: true, maxlength: ARTICLE_LIMITS.title })}
${textArea({ name: 'summary', label: t('newsroom.field.summary'), hint: t('newsroom.field.summaryHint'), value: form.summary ?? '', error: err('summary'), rows: 3, maxlength: ARTICLE_LIMITS.summary })}
${textArea({ name: 'body', label: t('newsroom.field.body'), hint: t('newsroom.field.bodyHint'), value: form.body ?? '', error: err('body'), rows: 18 })}
${options.slugLocked
  ? html`<input type="hidden" name="slug" value="${form.slug ?? ''}">`
  : textInput({ name: 'slug', label: t('newsroom.field.slug'), hint: t('newsroom.field.slugHint'), value: form.slug ?? '', error: err('slug'), maxlength: 80 })}
${textInput({ name: 'tags', label: t('newsroom.field.tags'), hint: t('newsroom.field.tagsHint'), value: form.tags ?? '', error: err('tags') })}
${selectInput({
  name: 'topic',
  label: t('newsroom.field.topic'),
  value: form.topic ?? '',
  error: err('topic'),
  options: [{ value: '', label: t('newsroom.field.noTopic') }, ...ARTICLE_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) }))],
})}`;
}

export function articleForm(t: Translate, o: { action: string; token: string; form: Partial<ArticleForm>; errors: readonly FieldError[]; hidden?: Record<string, string>; submit: string; slugLocked: boolean; correction: boolean; extra?: SafeHtml }): SafeHtml {
  return html`${errorSummary(t, o.errors)}
<form method="post" action="${o.action}" novalidate>
${csrfInput(o.token)}
${Object.entries(o.hidden ?? {}).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${o.extra ?? ''}
${articleFields(t, o.form, o.errors, { slugLocked: o.slugLocked, correction: o.correction })}
<button type="submit" class="button">${o.submit}</button>
</form>`;
}

export const DIFF_BUDGET_MS = 300;

/** A word diff of two texts, escaped: additions in <ins>, removals in <del>, each with a text marker so colour is not the only cue. */
export function renderDiff(t: Translate, before: string, after: string): SafeHtml {
  // Two long, wholly different texts make a word diff quadratic; past the budget, say so instead.
  const parts = diffWordsWithSpace(before, after, { timeout: DIFF_BUDGET_MS });
  if (!parts) return html`<p>${t('newsroom.diffTooLarge')}</p>`;
  if (parts.every((p) => !p.added && !p.removed)) return html`<p>${t('newsroom.noChange')}</p>`;
  return html`<pre class="diff">${parts.map((p) =>
    p.added ? html`<ins><span class="visually-hidden">+</span>${p.value}</ins>` : p.removed ? html`<del><span class="visually-hidden">−</span>${p.value}</del>` : p.value,
  )}</pre>`;
}
