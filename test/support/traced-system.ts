/**
 * The whole federation in a process of its own with tracing as configured by
 * the environment (OTEL_EXPORTER_OTLP_ENDPOINT), for test/tracing.test.ts:
 * the OTLP exporter runs in plain Node, as in a service. Prints one JSON
 * line ({ gatewayUrl, keyDir }) when ready; stops, exports its last spans
 * and drops its databases when its standard input closes.
 */
import { startTracing, stopTracing } from '@malmokraften/shared';
import { startTestSystem } from './harness';

export const TRACED_POPULATION = { ongoing: 30, discharged: 5 };

async function main(): Promise<void> {
  if (!startTracing('malmokraften-test')) throw new Error('OTEL_EXPORTER_OTLP_ENDPOINT is not set');
  const sys = await startTestSystem({ population: TRACED_POPULATION });
  process.stdout.write(`${JSON.stringify({ gatewayUrl: sys.gatewayUrl, keyDir: sys.keyDir })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void (async () => {
      await sys.stop();
      await stopTracing();
      process.exit(0);
    })();
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`traced system failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
