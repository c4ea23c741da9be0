/**
 * Which requests are not human readers, by User-Agent. Reads by these are served but never
 * counted. The list (documented in docs/portal.md) covers search and social crawlers, link
 * previewers (which fetch every shared link), uptime monitors, feed readers, HTTP libraries
 * and headless browsers; an absent or very short User-Agent counts as a bot too.
 */
export const BOT_USER_AGENT =
  /bot|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|meta-externalagent|whatsapp|telegram|slack|discord|skype|linkedin|pinterest|embedly|preview|vkshare|bitlybot|tumblr|mastodon|bluesky|headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|statuscake|site24x7|feed|rss|curl|wget|httpie|python|java\/|okhttp|go-http-client|libwww|perl|ruby|php|axios|node-fetch|undici|got\b|scrapy|httpclient|apache-http|postman|insomnia|dart|rust|reqwest|aiohttp|zgrab|masscan|nmap|nikto|sqlmap|wpscan|ahrefs|semrush|mj12|dotbot|petalbot|bytespider|gptbot|claude|perplexity|ccbot|amazonbot|applebot|yandex|baidu|sogou|exabot|duckduck|qwant|seznam/i;

export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.length < 10) return true;
  return BOT_USER_AGENT.test(userAgent);
}
