/** The adapter for each channel kind, with the platforms' API base URLs (configurable, so tests use a local server). */
import type { ChannelKind } from '../../domain/syndication.js';
import type { ChannelAdapter } from './channel-adapter.js';
import { createFacebookAdapter } from './facebook-adapter.js';
import { createTelegramAdapter } from './telegram-adapter.js';
import { webhookAdapter } from './webhook-adapter.js';
import { createXAdapter } from './x-adapter.js';

export interface PlatformBaseUrls {
  x: string;
  facebook: string;
  telegram: string;
}

export const DEFAULT_PLATFORM_BASE_URLS: PlatformBaseUrls = {
  x: 'https://api.x.com',
  facebook: 'https://graph.facebook.com/v21.0',
  telegram: 'https://api.telegram.org',
};

export function createChannelAdapters(baseUrls: PlatformBaseUrls): Record<ChannelKind, ChannelAdapter> {
  return {
    webhook: webhookAdapter,
    x: createXAdapter(baseUrls.x),
    facebook: createFacebookAdapter(baseUrls.facebook),
    telegram: createTelegramAdapter(baseUrls.telegram),
  };
}
