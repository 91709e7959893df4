import { ConfigurationError } from '@glia/core';

/** Where and as whom the `SmtpMailer` sends, parsed from `SMTP_URL`. */
export type SmtpConfig = {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (`smtps://`, port 465 by default); `smtp://` upgrades with STARTTLS when offered. */
  readonly secure: boolean;
  /** The login, when the URL has a user. */
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The sender, `SMTP_FROM` or the pizzeria's default. */
  readonly from: string;
};

/** The sender when `SMTP_FROM` is not set. */
export const DEFAULT_SMTP_FROM = "Mario's Pizzeria <orders@mario-pizzeria.example>";

/**
 * Parses `smtp://user:pass@host:587` or `smtps://user:pass@host:465`; user and password may be
 * percent-encoded. Anything else is a `ConfigurationError` (`PIZZERIA.INVALID_SMTP_URL`), at start-up.
 */
export function parseSmtpUrl(url: string, from: string = DEFAULT_SMTP_FROM): SmtpConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw invalid('it is not a URL', cause);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw invalid('use smtp:// or smtps://');
  if (parsed.hostname === '') throw invalid('it names no host');
  const secure = parsed.protocol === 'smtps:';
  const port = parsed.port === '' ? (secure ? 465 : 587) : Number(parsed.port);
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.hostname,
    port,
    secure,
    ...(user === '' ? {} : { auth: { user, pass: decodeURIComponent(parsed.password) } }),
    from: from.trim() === '' ? DEFAULT_SMTP_FROM : from,
  };
}

// The URL itself is left out of the message: it may hold a password.
function invalid(reason: string, cause?: unknown): ConfigurationError {
  return new ConfigurationError('PIZZERIA.INVALID_SMTP_URL', `SMTP_URL is not usable: ${reason}.`, cause);
}
