import http from "node:http";
import type { AddressInfo } from "node:net";

// A local "newsroom sources" site for the re-archiving job's tests and
// benchmark: pages whose text, status or absence the test sets, served on
// one port from one or more loopback addresses (127.0.0.1, 127.0.0.2…), which
// the job treats as different hosts. Every request is recorded with its host
// and the moment it arrived, so a test can measure the pauses between them.

export type Page = { status?: number; type?: string; body: string };
export type Hit = { host: string; path: string; at: number };

export type RecheckSite = {
  port: number;
  // The origin of each loopback address the site answers on.
  origins: string[];
  pages: Map<string, Page>;
  hits: Hit[];
  close: () => Promise<void>;
};

export const articlePage = (title: string, paragraphs: string[]) =>
  `<!doctype html><html><head><title>${title}</title></head><body><nav>Home · World · Politics</nav><article><h1>${title}</h1>${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join("")}</article><footer>© The Gazette</footer></body></html>`;

export async function startRecheckSite(hosts = 1): Promise<RecheckSite> {
  const pages = new Map<string, Page>();
  const hits: Hit[] = [];
  const servers: http.Server[] = [];
  let port = 0;
  for (let index = 1; index <= hosts; index += 1) {
    const server = http.createServer((request, response) => {
      const host = (request.socket.localAddress ?? "").replace(/^::ffff:/, "");
      const path = request.url ?? "/";
      hits.push({ host, path, at: performance.now() });
      const page = pages.get(path);
      if (!page) {
        response.writeHead(404, { "content-type": "text/html" });
        return response.end("<!doctype html><title>Not found</title><p>This page does not exist.</p>");
      }
      response.writeHead(page.status ?? 200, { "content-type": page.type ?? "text/html; charset=utf-8" });
      response.end(page.body);
    });
    // Every address on the port the first one was given.
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, `127.0.0.${index}`, resolve);
    });
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  return {
    port,
    origins: servers.map((_server, index) => `http://127.0.0.${index + 1}:${port}`),
    pages,
    hits,
    close: () => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))).then(() => undefined),
  };
}
