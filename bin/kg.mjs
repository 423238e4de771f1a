#!/usr/bin/env node
// Entry point for the `kg` command: registers tsx so the TypeScript sources run as they are,
// then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
