/**
 * Share targets: each platform's documented share URL, filled with the article's canonical
 * address and title. The counting redirect (/bagikan/:articleId/:channel) only ever sends
 * readers to these fixed hosts, so it cannot be used as an open redirect.
 */
export const SHARE_CHANNELS = ['whatsapp', 'x', 'facebook', 'telegram', 'linkedin'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

export function shareTarget(channel: ShareChannel, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (channel) {
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case 'x':
      return `https://x.com/intent/tweet?text=${t}&url=${u}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${u}`;
  }
}
