import { existsSync } from 'node:fs';
import type { Config } from 'jest';

type Project = NonNullable<Config['projects']>[number];

// Tests run on the TypeScript sources: workspace packages resolve to their src, not their build.
const workspace: Record<string, string> = {
  '^@glia/core$': '<rootDir>/../../packages/core/src/index.ts',
  '^@glia/testing$': '<rootDir>/../../packages/testing/src/index.ts',
  '^@glia/postgres$': '<rootDir>/../../packages/postgres/src/index.ts',
  '^@glia/rabbitmq$': '<rootDir>/../../packages/rabbitmq/src/index.ts',
  '^@glia/cli$': '<rootDir>/../../packages/cli/src/index.ts',
  '^@glia/http$': '<rootDir>/../../packages/http/src/index.ts',
};

function project(name: string, dir: string): Project | undefined {
  if (!existsSync(dir)) return undefined;
  return {
    displayName: name,
    rootDir: `<rootDir>/${dir}`,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { ...workspace, '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../../tsconfig.jest.json' }],
    },
  };
}

// Jest runs from the repository root (`pnpm test`); a package folder that does not exist yet is left out.
const present = (p: Project | undefined): p is Project => p !== undefined;

const config: Config = {
  projects: [
    project('core', 'packages/core'),
    project('testing', 'packages/testing'),
    project('postgres', 'packages/postgres'),
    project('rabbitmq', 'packages/rabbitmq'),
    project('cli', 'packages/cli'),
    project('http', 'packages/http'),
    project('mario-pizzeria', 'examples/mario-pizzeria'),
  ].filter(present),
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
};

export default config;
