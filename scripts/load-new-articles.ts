// Example: load new articles into an existing graph through the library API, the way a
// nightly job would. Re-running it on the same files changes nothing (articles are keyed
// by id and content hash).
//   npx tsx scripts/load-new-articles.ts [--store DIR | --neo4j URI] PATH...
import { parseArgs } from 'node:util';
import { ingestArticles, openStore, readArticles } from '../src/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { store: { type: 'string' }, neo4j: { type: 'string' }, root: { type: 'string', default: '.' } },
});
if (positionals.length === 0) {
  console.error('usage: npx tsx scripts/load-new-articles.ts [--store DIR | --neo4j URI] PATH...');
  process.exit(2);
}

const store = await openStore(values.neo4j ? { neo4j: { uri: values.neo4j } } : { dir: values.store });
try {
  await store.init();
  const before = await store.stats(0);
  const summary = await ingestArticles(store, readArticles(positionals, { root: values.root, onError: (e) => console.error(e.message) }), {
    onError: (e) => console.error(e.message),
  });
  const after = await store.stats(0);
  console.log(`${summary.written} new or changed articles, ${summary.unchanged} already known, ${summary.failed} failed.`);
  console.log(`entities ${before.entities} -> ${after.entities}, relations ${before.relations} -> ${after.relations}`);
} finally {
  await store.close();
}
