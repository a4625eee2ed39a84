import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { promisify } from "node:util";

// Moves running processes onto given cores after they started: a server
// started by someone else's code (the cluster's PostgreSQL, Redis, Varnish,
// instances) cannot be started under `taskset`, so its whole process tree is
// pinned by PID. `taskset -a` covers every thread a process has; threads and
// processes made later inherit the affinity of the one that makes them.

const run = promisify(execFile);

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "")));
  return lists.flatMap((list) => list.trim().split(/\s+/).filter(Boolean).map(Number));
}

export async function processTree(pid: number): Promise<number[]> {
  const below = await Promise.all((await childrenOf(pid)).map(processTree));
  return [pid, ...below.flat()];
}

// Pins each process under the given roots (and the roots) to `cores`
// ("0", "0,1"); returns how many were pinned. A process that ended meanwhile
// is skipped.
export async function pinTrees(roots: number[], cores: string): Promise<number> {
  const pids = [...new Set((await Promise.all(roots.map(processTree))).flat())];
  const pinned = await Promise.all(
    pids.map((pid) =>
      run("taskset", ["-acp", cores, String(pid)]).then(
        () => 1,
        () => 0,
      ),
    ),
  );
  return pinned.reduce<number>((sum, one) => sum + one, 0);
}
