/** Where to go after sign-in: only a console path on this site, never another origin. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string') return '/console';
  return /^\/console(\/[A-Za-z0-9\-_/]*)?$/.test(value) && !value.includes('//') ? value : '/console';
}
