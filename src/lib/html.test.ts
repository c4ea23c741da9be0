import { describe, expect, it } from 'vitest';
import { html, unsafeRawHtml } from './html.js';

describe('html templates', () => {
  it('escapes interpolated text so markup in data stays text', () => {
    const name = `<script>alert("x")</script>' onload='x`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x</p>',
    );
  });

  it('passes nested templates and arrays through without double escaping', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('renders nothing for null, undefined and false, and keeps zero', () => {
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });

  it('inserts markup marked as sanitised unchanged', () => {
    expect(html`<div>${unsafeRawHtml('<b>tebal</b>')}</div>`.value).toBe('<div><b>tebal</b></div>');
  });
});
