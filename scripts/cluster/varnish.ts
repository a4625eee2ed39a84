import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { answers, startProcess, stopProcess, waitUntil } from "./processes.ts";

// Debian's Varnish (apt-get install -y varnish) as the load balancer and cache
// in front of the instances, with the shipped configuration
// (ops/varnish/several-instances.vcl and rules.vcl), its backends pointed at
// this cluster's ports.

const VARNISHD = "/usr/sbin/varnishd";
const VCL_FOLDER = path.resolve(import.meta.dirname, "../../ops/varnish");

export type VarnishServer = { url: string; port: number; pid: number; stop: () => Promise<void> };

export async function startVarnish(options: { port: number; instancePorts: [number, number]; dir: string }): Promise<VarnishServer> {
  if (!existsSync(VARNISHD)) throw new Error(`Varnish is not installed here (${VARNISHD} is missing). Install it with: apt-get install -y varnish`);
  const work = path.join(options.dir, "varnish");
  await mkdir(work, { recursive: true });
  // Varnish's worker runs as its own user (vcache), which must read the folder.
  await chmod(options.dir, 0o755);
  await chmod(work, 0o755);
  const [a, b] = options.instancePorts;
  const vcl = (await readFile(path.join(VCL_FOLDER, "several-instances.vcl"), "utf8"))
    .replace('.port = "3401";', `.port = "${a}";`)
    .replace('.port = "3402";', `.port = "${b}";`);
  const file = path.join(work, "cluster.vcl");
  await writeFile(file, vcl);
  const log = path.join(options.dir, "varnish.log");
  const args = ["-F", "-a", `127.0.0.1:${options.port}`, "-f", file, "-p", `vcl_path=${VCL_FOLDER}`, "-n", path.join(work, "state"), "-s", "malloc,128m"];
  const running = startProcess(VARNISHD, args, { log });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntil("Varnish", () => answers(`${url}/api/health`), { timeoutMs: 30_000, process: running, log });
  return { url, port: options.port, pid: running.pid, stop: () => stopProcess(running) };
}
