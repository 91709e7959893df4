import type { CliOutput } from '../cli-io.js';

/** A style for terminal text; the identity when colour is off. */
export type Style = (text: string) => string;

/** The few ANSI styles the CLI uses. */
export type Palette = {
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly yellow: Style;
  readonly green: Style;
};

const sgr =
  (open: number, close: number): Style =>
  (text) =>
    `\x1b[${open}m${text}\x1b[${close}m`;

/** Styles that leave text as it is: pipes, files, `NO_COLOR`. */
export const plain: Palette = { bold: String, dim: String, red: String, yellow: String, green: String };

/** ANSI styles. */
export const ansi: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
};

/**
 * Colours on a terminal only; `NO_COLOR` (no-color.org) turns them off, `FORCE_COLOR` (other than
 * `0`) on, so a recording or a CI log can still have them.
 */
export function paletteFor(out: CliOutput, env: Readonly<Record<string, string | undefined>>): Palette {
  if ((env['NO_COLOR'] ?? '') !== '') return plain;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force === '0' ? plain : ansi;
  return out.isTTY === true ? ansi : plain;
}
