import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Starts (or finds) a real Neo4j server for the Neo4j suites; see the file's header.
    globalSetup: ['test/setup/neo4j-global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
