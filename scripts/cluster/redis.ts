import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { type Running, startProcess, stopProcess, waitUntil } from "./processes.ts";

// Debian's redis-server (apt-get install -y redis-server) for the shared
// cache, on 127.0.0.1 only and without saving to disk: the cache can always
// be rebuilt from the database. `stop` and `start` let the cluster suite take
// it away and bring it back on the same port.

const REDIS_SERVER = "/usr/bin/redis-server";

export type RedisServer = { url: string; port: number; pid: () => number; stop: () => Promise<void>; start: () => Promise<void> };

const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(1000, () => socket.destroy());
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      resolve(data.toString().startsWith("+PONG"));
      socket.destroy();
    });
    socket.on("error", () => resolve(false));
    socket.on("close", () => resolve(false));
  });

// `keepData` saves to disk on stop and loads it on start, as a Redis with
// persistence would (the shared cache's test takes Redis away and checks what
// comes back).
export async function startRedis(options: { port: number; dir: string; keepData?: boolean }): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`Redis is not installed here (${REDIS_SERVER} is missing). Install it with: apt-get install -y redis-server`);
  const log = path.join(options.dir, "redis.log");
  let running: Running | null = null;
  const start = async () => {
    const saving = options.keepData ? ["--save", "3600 1", "--dbfilename", "shared-cache.rdb"] : ["--save", ""];
    running = startProcess(REDIS_SERVER, ["--port", String(options.port), "--bind", "127.0.0.1", ...saving, "--appendonly", "no", "--dir", options.dir], {
      log,
    });
    await waitUntil("Redis", () => pong(options.port), { timeoutMs: 10_000, process: running, log });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${options.port}`,
    port: options.port,
    pid: () => running?.pid ?? 0,
    stop: async () => {
      if (running) await stopProcess(running);
      running = null;
    },
    start,
  };
}
