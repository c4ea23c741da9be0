/**
 * A minimal browser over `app.inject`: keeps cookies, and fills each form's CSRF token from
 * the last page it loaded, as a real browser submitting the page's form would.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { currentTotpCode } from '../../src/security/accounts/totp.js';

export class TestBrowser {
  readonly cookies = new Map<string, string>();
  lastBody = '';
  private lastCsrf = '';

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    this.see(res.body);
    return res;
  }

  /** The CSRF token of the last page that had a form. */
  csrf(): string {
    return this.lastCsrf;
  }

  private see(body: string): void {
    this.lastBody = body;
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token) this.lastCsrf = token;
  }

  async post(url: string, form: Record<string, string | string[]>, options: { csrf?: string | null } = {}): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams();
    const token = options.csrf === undefined ? this.csrf() : options.csrf;
    if (token !== null) params.append('_csrf', token);
    for (const [k, v] of Object.entries(form)) for (const item of [v].flat()) params.append(k, item);
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    });
    this.remember(res);
    this.see(res.body);
    return res;
  }

  /** Signs in with e-mail and password from the login page; returns the POST response. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/console/login');
    return this.post('/console/login', { email, password });
  }

  /** Completes 2FA enrolment on /console/2fa/setup as a user would with an authenticator app; returns the secret. */
  async enrolTotp(): Promise<string> {
    const page = await this.get('/console/2fa/setup');
    const secret = /secret=([A-Z2-7]+)/.exec(page.body)?.[1];
    if (!secret) throw new Error(`no 2FA secret on the enrolment page (status ${page.statusCode})`);
    await this.post('/console/2fa/setup', { code: await currentTotpCode(secret) });
    return secret;
  }
}
