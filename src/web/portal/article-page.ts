/**
 * The article page body: agency, title, date, author, read count, the article, share links,
 * the reader poll and the comments with their form. Every reader value (comment names and
 * text) goes through the escaping html template; comment text is never turned into links.
 */
import type { PublicComment } from '../../db/queries/comments/list-approved-comments.js';
import type { PublishedArticle } from '../../db/queries/articles/find-published-article.js';
import { REACTIONS, type Reaction } from '../../domain/article.js';
import { html, unsafeRawHtml, type SafeHtml } from '../../lib/html.js';
import { errorSummary, fieldError, notice, textInput, type FieldError } from '../forms/form-kit.js';
import { formatDate, formatDateTime, formatNumber, translator, type Locale, type MessageKey } from '../i18n/i18n.js';
import { localeHref } from '../page-layout.js';
import { SHARE_CHANNELS } from './share-links.js';

export const ARTICLE_NOTICES = { reaksi: 'poll.recorded', 'komentar-menunggu': 'comments.pending', 'komentar-tayang': 'comments.published' } as const satisfies Record<
  string,
  MessageKey
>;
export type ArticleNotice = keyof typeof ARTICLE_NOTICES;

const REACTION_EMOJI: Record<Reaction, string> = { senang: '😊', terinspirasi: '😍', biasa_saja: '😐', sedih: '😢', marah: '😠' };
export const COMMENT_LIMITS = { name: 80, email: 254, body: 2000 } as const;

export interface ArticleView {
  article: PublishedArticle;
  path: string;
  publicUrl: string;
  reactions: Record<Reaction, number>;
  /** The newest approved comments shown, and how many are approved in all. */
  comments: PublicComment[];
  commentCount: number;
  premoderated: boolean;
  notice?: ArticleNotice | undefined;
  form?: { errors: FieldError[]; name: string; email: string; body: string };
}

export function renderArticleBody(locale: Locale, v: ArticleView): SafeHtml {
  const t = translator(locale);
  const { article } = v;
  const href = (p: string) => localeHref(p, locale);
  const canonical = `${v.publicUrl}${v.path}`;
  // The article keeps its own language when the page around it is in another (WCAG 3.1.2).
  return html`<article class="news-article"${article.language !== locale ? html` lang="${article.language}"` : ''}>
<p class="meta"><a href="${href(`/instansi/${article.agencySlug}`)}">${article.agencyName}</a></p>
<h1>${article.title}</h1>
<p class="meta"><time datetime="${article.publishedAt.toISOString()}">${formatDateTime(locale, article.publishedAt)}</time>${
    article.authorName ? html` · ${t('portal.by', { author: article.authorName })}` : ''
  } · <span class="read-count">${t('portal.readCount', { count: article.readCount })}</span></p>
${article.correctionNote ? html`<div class="notice correction" role="note"><p><strong>${t('portal.correction')}:</strong> ${article.correctionNote}</p></div>` : ''}
<p class="lead"><strong>${article.summary}</strong></p>
<div class="article-body">${unsafeRawHtml(article.bodyHtml)}</div>
${article.tags.length
  ? html`<p class="tags"><span>${t('portal.tags')}:</span> ${article.tags.map((tag) => html`<a class="tag" href="${href(`/topik/${tag}`)}">${tag}</a> `)}</p>`
  : ''}
</article>
<section class="share" aria-labelledby="share-title">
<h2 id="share-title">${t('share.title')}</h2>
<ul class="share-links">${SHARE_CHANNELS.map(
    (c) => html`<li><a rel="nofollow" href="/bagikan/${article.id}/${c}">${t(`share.${c}`)}</a></li>`,
  )}</ul>
<div class="form-group share-copy"><label for="share-url">${t('share.link')}</label>
<input id="share-url" type="text" readonly value="${canonical}">
<button type="button" class="button button-secondary" data-copy-target="share-url" data-copied="${t('share.copied')}" data-count="/bagikan/${article.id}/salin" hidden>${t('share.copy')}</button>
<span class="copy-status" role="status"></span></div>
</section>
${renderPoll(locale, v)}
${renderComments(locale, v)}`;
}

function renderPoll(locale: Locale, v: ArticleView): SafeHtml {
  const t = translator(locale);
  return html`<section class="poll" id="reaksi" aria-labelledby="poll-title">
<h2 id="poll-title">${t('poll.title')}</h2>
${v.notice === 'reaksi' ? notice(t('poll.recorded')) : ''}
<form method="post" action="${localeHref(`${v.path}/reaksi`, locale)}">
<ul class="reactions">${REACTIONS.map(
    (r) => html`<li><button type="submit" class="reaction" name="reaction" value="${r}"><span class="reaction-emoji" aria-hidden="true">${REACTION_EMOJI[r]}</span> <span class="reaction-label">${t(
      `reaction.${r}`,
    )}</span> <span class="reaction-count">${formatNumber(locale, v.reactions[r])}<span class="visually-hidden"> ${t('poll.votes')}</span></span></button></li>`,
  )}</ul>
</form>
<p class="hint">${t('poll.privacy')}</p>
</section>`;
}

function renderComments(locale: Locale, v: ArticleView): SafeHtml {
  const t = translator(locale);
  const errors = v.form?.errors ?? [];
  const notices: Partial<Record<ArticleNotice, MessageKey>> = { 'komentar-menunggu': 'comments.pending', 'komentar-tayang': 'comments.published' };
  const noticeKey = v.notice ? notices[v.notice] : undefined;
  const bodyError = fieldError(errors, 'body');
  return html`<section class="comments" id="komentar" aria-labelledby="comments-title">
<h2 id="comments-title">${t('comments.title', { count: v.commentCount })}</h2>
${noticeKey ? notice(t(noticeKey)) : ''}
${v.comments.length === 0
  ? html`<p>${t('comments.none')}</p>`
  : html`<ol class="comment-list">${v.comments.map(
      (c) => html`<li class="comment"><p class="meta"><strong>${c.authorName}</strong> · <time datetime="${c.createdAt.toISOString()}">${formatDate(locale, c.createdAt)}</time></p>
${c.body.split(/\n+/).filter((p) => p.trim() !== '').map((p) => html`<p>${p}</p>`)}</li>`,
    )}</ol>`}
<h3 id="comment-form-title">${t('comments.write')}</h3>
${errorSummary(t, errors)}
<p class="hint">${v.premoderated ? t('comments.premoderated') : t('comments.postModerated')}</p>
<form method="post" action="${localeHref(`${v.path}/komentar`, locale)}#komentar" novalidate aria-labelledby="comment-form-title">
${textInput({ name: 'name', label: t('comments.name'), value: v.form?.name ?? '', error: fieldError(errors, 'name'), autocomplete: 'name', maxlength: COMMENT_LIMITS.name })}
${textInput({ name: 'email', label: t('comments.email'), type: 'email', hint: t('comments.emailHint'), value: v.form?.email ?? '', error: fieldError(errors, 'email'), autocomplete: 'email', maxlength: COMMENT_LIMITS.email })}
<div class="form-group${bodyError ? ' form-group-error' : ''}">
<label for="body">${t('comments.body')}</label>
<p class="hint" id="body-hint">${t('comments.bodyHint')}</p>
${bodyError ? html`<p class="field-error" id="body-error"><span class="visually-hidden">Error:</span> ${bodyError}</p>` : ''}
<textarea id="body" name="body" rows="5" maxlength="${COMMENT_LIMITS.body}" aria-describedby="body-hint${bodyError ? ' body-error' : ''}"${bodyError ? html` aria-invalid="true"` : ''}>${v.form?.body ?? ''}</textarea>
</div>
<button type="submit" class="button">${t('comments.submit')}</button>
</form>
</section>`;
}
