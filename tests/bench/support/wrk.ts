import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { promisify } from "node:util";
import { watchOthersCpu } from "./others-cpu";

// Load from wrk (Debian's package), pinned to core 1 while the server under
// test has core 0. On this machine one core of `wrk -t1 -c50` drives nginx to
// about 37,000 req/s, where autocannon (Node) stops near 10,000: a ratio
// against nginx measured with autocannon is the load generator's ceiling, not
// the server's. Asynchronous on purpose: the cluster's processes write their
// logs through this process's pipes, which must keep draining during a run.

const WRK = process.env.WRK_PATH || "/usr/bin/wrk";
const run = promisify(execFile);

export type LoadFigures = {
  server: string;
  requestsPerSecond: number;
  // Milliseconds, from wrk's latency distribution.
  p50: number;
  p99: number;
  requests: number;
  // Connect, read, write errors and timeouts, as wrk counts them.
  socketErrors: number;
  // "Non-2xx or 3xx responses": every answer with a status of 400 or more.
  non2xx: number;
  // Share of a core that processes outside this benchmark used during the
  // measured run (others-cpu.ts): well above 0, the figures are disturbed.
  othersCpu: number;
};

// `headers`: sent with every request ("Accept-Encoding: gzip", as browsers do).
export type LoadOptions = { seconds: number; warmUpSeconds: number; connections?: number; core?: string; headers?: string[] };

// How long and how hard each server is loaded, from BENCH_SECONDS (per
// server and round), BENCH_ROUNDS, BENCH_WARM_UP_SECONDS, BENCH_CONNECTIONS.
export const runFromEnvironment = () => ({
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  warmUpSeconds: Number(process.env.BENCH_WARM_UP_SECONDS ?? 5),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  core: "1",
});

// Two or more cores: the load generator gets core 1 and the server core 0.
export const canPin = os.availableParallelism() >= 2;

export function checkWrk() {
  if (!existsSync(WRK)) throw new Error(`wrk is not installed here (${WRK} is missing). Install it with: apt-get install -y wrk (or set WRK_PATH).`);
}

const TIME_UNITS_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

// "1.23ms", "850.00us", "1.02s" -> milliseconds.
function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`wrk printed a time it cannot be read as: ${text}`);
  return Number(match[1]) * TIME_UNITS_MS[match[2]!]!;
}

export function parseWrk(server: string, output: string): Omit<LoadFigures, "othersCpu"> {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) : 0;
  };
  const percentile = (share: string) => {
    const match = new RegExp(`^\\s*${share}%\\s+(\\S+)`, "m").exec(output);
    if (!match) throw new Error(`wrk printed no ${share}% latency (was --latency given?):\n${output}`);
    return milliseconds(match[1]!);
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  if (!/Requests\/sec:/.test(output)) throw new Error(`wrk printed no figures:\n${output}`);
  return {
    server,
    requestsPerSecond: Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
    p50: percentile("50"),
    p99: percentile("99"),
    requests: number(/(\d+) requests in/),
    socketErrors: errors ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
  };
}

async function wrk(url: string, seconds: number, options: LoadOptions): Promise<string> {
  const headers = (options.headers ?? []).flatMap((header) => ["-H", header]);
  const argv = [WRK, "-t1", `-c${options.connections ?? 50}`, `-d${seconds}s`, "--latency", ...headers, url];
  const core = options.core ?? "1";
  const [command, ...args] = core && canPin ? ["taskset", "-c", core, ...argv] : argv;
  const { stdout } = await run(command!, args, { timeout: (seconds + 30) * 1000, maxBuffer: 1_000_000 });
  return stdout;
}

// A warm-up run (its figures dropped: connections opened, caches and JIT
// warm), then the measured one.
export async function load(server: string, url: string, options: LoadOptions): Promise<LoadFigures> {
  if (options.warmUpSeconds > 0) await wrk(url, options.warmUpSeconds, options);
  const othersCpu = await watchOthersCpu();
  const output = await wrk(url, options.seconds, options);
  return { ...parseWrk(server, output), othersCpu: Number((await othersCpu()).toFixed(2)) };
}

export type Contender = { server: string; url: string; headers?: string[] };

// Each contender's figures over every round: the median req/s and p50, the
// worst p99, and every error; `rounds` keeps each round's figures.
export type RoundsSummary = Omit<LoadFigures, "othersCpu"> & { othersCpu: number; rounds: LoadFigures[] };

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// The contenders loaded in turn, round after round (a warm-up for each
// first). This machine's speed drifts by half or more over minutes (other
// virtual machines share its cores), so one long run of each, one after the
// other, compares different machines; taking them in turn, several times,
// compares each with its neighbours in time.
export async function loadInRounds(contenders: Contender[], options: LoadOptions & { rounds: number }): Promise<RoundsSummary[]> {
  for (const { server, url, headers } of contenders)
    await load(`${server} (warm-up)`, url, { ...options, headers, seconds: options.warmUpSeconds, warmUpSeconds: 0 });
  const rounds: LoadFigures[][] = contenders.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (const [index, { server, url, headers }] of contenders.entries())
      rounds[index]!.push(await load(server, url, { ...options, headers, warmUpSeconds: 0 }));
  }
  return rounds.map((figures, index) => ({
    server: contenders[index]!.server,
    requestsPerSecond: Math.round(median(figures.map((one) => one.requestsPerSecond))),
    p50: Number(median(figures.map((one) => one.p50)).toFixed(2)),
    p99: Math.max(...figures.map((one) => one.p99)),
    requests: figures.reduce((sum, one) => sum + one.requests, 0),
    socketErrors: figures.reduce((sum, one) => sum + one.socketErrors, 0),
    non2xx: figures.reduce((sum, one) => sum + one.non2xx, 0),
    othersCpu: Math.max(...figures.map((one) => one.othersCpu)),
    rounds: figures,
  }));
}

// Round by round, `ours` against `baseline`: the median ratio and its range.
export function ratioOf(ours: RoundsSummary, baseline: RoundsSummary) {
  const ratios = ours.rounds.map((round, index) => round.requestsPerSecond / baseline.rounds[index]!.requestsPerSecond);
  return { median: median(ratios), lowest: Math.min(...ratios), highest: Math.max(...ratios) };
}

// Both tables: each round's req/s, then the figures over the rounds.
export function printRounds(summaries: RoundsSummary[]) {
  console.log("Each round (req/s):");
  console.table(
    summaries.map(({ server, rounds }) => ({
      server,
      ...Object.fromEntries(rounds.map((round, index) => [`round ${index + 1}`, round.requestsPerSecond])),
    })),
  );
  console.log("Over the rounds (req/s and p50: median; p99: worst round; errors: all; othersCpu: share of a core other processes used, worst round):");
  console.table(summaries.map(({ rounds: _rounds, ...summary }) => summary));
}
