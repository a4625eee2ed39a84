import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// nginx (the Debian package) serving one saved HTML file at a given path:
// the baseline a cached verdict page is compared with.

const NGINX = process.env.NGINX_PATH || "/usr/sbin/nginx";

export type StaticServer = { base: string; stop: () => Promise<void> };

// `gzipped`: the same page compressed, served as it is to requests that
// accept gzip (gzip_static), as a cache in front sends a stored gzip answer.
export async function serveWithNginx(options: { port: number; urlPath: string; html: string; gzipped?: Buffer; cores?: string }): Promise<StaticServer> {
  if (!existsSync(NGINX)) {
    throw new Error(`nginx not found at ${NGINX}: install Debian's package (apt-get install -y nginx) or set NGINX_PATH.`);
  }
  const root = await mkdtemp(path.join(os.tmpdir(), "onrecord-nginx-"));
  // nginx's workers run unprivileged and cannot read a mkdtemp folder (0700).
  await chmod(root, 0o755);
  const site = path.join(root, "site");
  const file = path.join(site, options.urlPath.replace(/^\//, ""));
  await mkdir(path.dirname(file), { recursive: true, mode: 0o755 });
  await writeFile(file, options.html, { mode: 0o644 });
  if (options.gzipped) await writeFile(`${file}.gz`, options.gzipped, { mode: 0o644 });
  for (let dir = path.dirname(file); dir.startsWith(site); dir = path.dirname(dir)) await chmod(dir, 0o755);
  // One worker, like the one Node process serving the app; logging off, as a
  // tuned static server would run.
  const config = `
worker_processes 1;
error_log ${root}/error.log warn;
pid ${root}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path ${root}/tmp; proxy_temp_path ${root}/tmp; fastcgi_temp_path ${root}/tmp; uwsgi_temp_path ${root}/tmp; scgi_temp_path ${root}/tmp;
  server {
    listen 127.0.0.1:${options.port};
    root ${site};
    location / { try_files $uri =404; }${options.gzipped ? "\n    gzip_static on;\n    gzip_vary on;" : ""}
  }
}
`;
  await mkdir(path.join(root, "tmp"), { mode: 0o755 });
  await writeFile(path.join(root, "nginx.conf"), config);
  const check = spawnSync(NGINX, ["-t", "-q", "-p", root, "-c", path.join(root, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused the configuration: ${check.stderr}`);
  const argv = [NGINX, "-p", root, "-c", path.join(root, "nginx.conf"), "-g", "daemon off;"];
  const [command, ...args] = options.cores ? ["taskset", "-c", options.cores, ...argv] : argv;
  const server: ChildProcess = spawn(command!, args, { stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${base}${options.urlPath}`).catch(() => null);
    if (response?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    stop: async () => {
      if (server.exitCode === null) {
        server.kill("SIGQUIT");
        await new Promise((resolve) => server.once("exit", resolve));
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}
