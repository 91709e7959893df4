import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '@glia/core';
import { DEFAULT_SMTP_FROM, parseSmtpUrl } from './smtp-config.js';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('parseSmtpUrl', () => {
  it('reads host, port and login from smtp://user:pass@host:587, upgrading with STARTTLS (not secure)', () => {
    expect(parseSmtpUrl('smtp://mario:s3cret@mail.example.com:2525')).toEqual({
      host: 'mail.example.com',
      port: 2525,
      secure: false,
      auth: { user: 'mario', pass: 's3cret' },
      from: DEFAULT_SMTP_FROM,
    });
  });

  it('defaults the port to 587 for smtp:// and to 465 with TLS for smtps://', () => {
    expect(parseSmtpUrl('smtp://localhost')).toMatchObject({ host: 'localhost', port: 587, secure: false });
    expect(parseSmtpUrl('smtps://mail.example.com')).toMatchObject({ port: 465, secure: true });
  });

  it('sends without a login when the URL has no user, and decodes a percent-encoded one', () => {
    expect(parseSmtpUrl('smtp://localhost:1025')).not.toHaveProperty('auth');
    expect(parseSmtpUrl('smtp://orders%40mario.example:p%40ss%3Aword@host').auth).toEqual({
      user: 'orders@mario.example',
      pass: 'p@ss:word',
    });
  });

  it('uses SMTP_FROM as the sender when given', () => {
    expect(parseSmtpUrl('smtp://host', 'Mario <m@example.com>').from).toBe('Mario <m@example.com>');
    expect(parseSmtpUrl('smtp://host', ' ').from).toBe(DEFAULT_SMTP_FROM);
  });

  it.each(['not a url', 'http://mail.example.com', 'smtp://'])(
    'refuses %p with PIZZERIA.INVALID_SMTP_URL, never echoing the URL',
    (url) => {
      const error = thrownBy(() => parseSmtpUrl(url));
      expect(ConfigurationError.is(error, 'PIZZERIA.INVALID_SMTP_URL')).toBe(true);
      expect((error as Error).message).not.toContain(url);
    },
  );
});
