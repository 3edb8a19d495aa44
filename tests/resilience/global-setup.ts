import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import buildTestStore from '../global-setup.js';

/** The resilience suite attacks the compiled server, as `npm start` runs it: compile, then build the store. */
export default function setup(project: TestProject) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  return buildTestStore(project);
}
