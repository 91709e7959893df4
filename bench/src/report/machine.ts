import { cpus, totalmem } from 'node:os';

/** What the figures were measured on. */
export type Machine = {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly servers: Readonly<Record<string, string>>;
};

/** Describes this machine; `servers` names the database and broker versions the suites found. */
export function describeMachine(servers: Readonly<Record<string, string>>): Machine {
  const list = cpus();
  return {
    cores: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    servers,
  };
}
