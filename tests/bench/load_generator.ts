/**
 * The load generator for bench:public, run in its own process so it never
 * shares the measured server's event loop: autocannon with N connections
 * for D seconds against one URL, every response's latency recorded (its
 * JSON report has no p95). Prints one JSON line.
 *
 *   node --import=@poppinss/ts-exec tests/bench/load_generator.ts <url> <connections> <seconds>
 */
import autocannon from 'autocannon'

const [url, connections = '10', seconds = '5'] = process.argv.slice(2)
const latencies: number[] = []

const instance = autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
})
instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
  latencies.push(ms)
})
const result = await instance

latencies.sort((a, b) => a - b)
const pick = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    requests: latencies.length,
    p50: pick(0.5),
    p95: pick(0.95),
    p99: pick(0.99),
    non2xx: result.non2xx,
    errors: result.errors,
  }) + '\n'
)
