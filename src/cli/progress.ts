// A progress line on stderr for long runs, shown only when stderr is a terminal so that
// pipes and CI logs stay clean. The library reports progress through a callback; this is
// the CLI's rendering of it.
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest.ts';

export interface ProgressView {
  update(progress: IngestProgress): void;
  stop(): void;
}

export function progressView(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressView {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} {read} articles | {entities} entities | {triples} triples | {failed} failed | {rate}/s`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(1, 0, { read: 0, entities: 0, triples: 0, failed: 0, rate: 0 });
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      bar.update(0, { ...p, rate: seconds > 0 ? Math.round(p.read / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
