import type { ServiceIdentifier } from 'inversify';

/** Where the demo writes its lines: `console.log` when run, an array in tests. */
export type Printer = (line: string) => void;

/** The container token of the demo's printer. */
export const Printer: ServiceIdentifier<Printer> = Symbol.for('pizzeria.demo.Printer');
