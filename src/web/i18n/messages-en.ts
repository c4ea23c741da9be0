/** English UI text, the second language. Must define every key of the Indonesian catalogue. */
import type { MessageKey } from './messages-id.js';
import { portalMessagesEn } from './portal-messages-en.js';
import { securityMessagesEn } from './security-messages-en.js';
import { newsroomMessagesEn } from './newsroom-messages-en.js';
import { analyticsMessagesEn } from './analytics-messages-en.js';

export const messagesEn: Record<MessageKey, string> = {
  'app.name': 'Humas',
  'app.tagline': 'One platform for government public relations',
  'nav.portal': 'News portal',
  'nav.console': 'Staff console',
  'nav.api': 'API reference',
  'nav.skip': 'Skip to main content',
  'nav.language': 'Language',
  'portal.title': 'Government News',
  'portal.latest': 'Latest news',
  'portal.empty': 'No news has been published yet.',
  'portal.readCount': 'Read {count} times',
  'portal.by': 'by {author}',
  'console.title': 'Humas Console',
  'console.intro': 'The staff console to publish news, follow public conversation and answer citizens.',
  'console.signInRequired': 'Sign in with your staff account to open the console.',
  'error.title': 'Something went wrong',
  'error.notFound': 'Page not found',
  'error.notFoundBody': 'Nothing exists at this address. Check the address or go back to the home page.',
  'error.generic': 'Sorry, your request could not be processed.',
  'error.requestId': 'Request id: {id}',
  'error.backHome': 'Back to the home page',
  'footer.note': 'Humas — open-source software for Indonesian government public relations.',
  ...securityMessagesEn,
  ...analyticsMessagesEn,
  ...portalMessagesEn,
  ...newsroomMessagesEn,
};
