import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PURGE_ATTEMPTS, purgeTags } from "@/lib/caching/purge";
import { surrogateKeyHeader, surrogateKeysFor } from "@/lib/caching/surrogate-keys";
import { freePort } from "@/lib/database/embedded";

// The shipped Varnish configuration (ops/varnish/onrecord.vcl and its rules.vcl), running for
// real in front of a small server that answers as the production server does
// (each public answer filed under surrogateKeysFor its address), purged by
// lib/caching/purge.js: a purge drops exactly the answers under its tags.

const VARNISHD = "/usr/sbin/varnishd";
let backend: http.Server;
let varnish: ChildProcess;
let work: string;
let front = "";
let served = 0;

beforeAll(async () => {
  if (!existsSync(VARNISHD)) throw new Error("Varnish is not installed: apt-get install varnish (.ci/run does).");
  // Every answer says which answer it is, so a cached one is recognisable.
  backend = http.createServer((request, response) => {
    served += 1;
    const tags = surrogateKeysFor(new URL(request.url ?? "/", "http://x").pathname);
    response.setHeader("Content-Type", "text/plain");
    if (tags) response.setHeader("Surrogate-Key", surrogateKeyHeader(tags));
    response.end(`answer ${served} for ${request.method} ${request.url}`);
  });
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  const backendPort = (backend.address() as AddressInfo).port;
  work = await mkdtemp(path.join(os.tmpdir(), "onrecord-varnish-"));
  // Varnish's worker runs as its own user (vcache), which must read the folder.
  await chmod(work, 0o755);
  const vcl = (await readFile(path.resolve(import.meta.dirname, "../../ops/varnish/onrecord.vcl"), "utf8")).replace(
    '.port = "3000";',
    `.port = "${backendPort}";`,
  );
  await writeFile(path.join(work, "onrecord.vcl"), vcl);
  const port = await freePort();
  front = `http://127.0.0.1:${port}`;
  const vclPath = path.resolve(import.meta.dirname, "../../ops/varnish");
  varnish = spawn(
    VARNISHD,
    ["-F", "-a", `127.0.0.1:${port}`, "-f", path.join(work, "onrecord.vcl"), "-p", `vcl_path=${vclPath}`, "-n", path.join(work, "varnish"), "-s", "malloc,32m"],
    {
      stdio: "ignore",
    },
  );
  // Ready when it answers.
  await vi.waitFor(
    async () => {
      const response = await fetch(`${front}/`);
      expect(response.status).toBe(200);
    },
    { timeout: 20_000, interval: 100 },
  );
}, 30_000);

afterAll(async () => {
  if (varnish && varnish.exitCode === null) {
    const exited = new Promise((resolve) => varnish.once("exit", resolve));
    varnish.kill("SIGTERM");
    await exited;
  }
  await new Promise<void>((resolve) => backend?.close(() => resolve()));
  if (work) await rm(work, { recursive: true, force: true });
});

const read = async (address: string) => {
  const response = await fetch(`${front}${address}`);
  return { body: await response.text(), cache: response.headers.get("x-cache"), keys: response.headers.get("surrogate-key") };
};

describe("Varnish in front, purged by tag", () => {
  it("keeps public answers, and a purge of a claim's tag drops its pages and nothing else", async () => {
    const verdict = await read("/claims/iran-restraint");
    const embed = await read("/embed/claims/iran-restraint");
    const speaker = await read("/speakers/donald-trump");
    const home = await read("/");
    expect(verdict.keys).toBe("claim:iran-restraint rating-scale");
    // Read again: each from Varnish.
    for (const [address, first] of [
      ["/claims/iran-restraint", verdict],
      ["/embed/claims/iran-restraint", embed],
      ["/speakers/donald-trump", speaker],
      ["/", home],
    ] as const) {
      expect(await read(address)).toMatchObject({ body: first.body, cache: "HIT" });
    }

    expect(await purgeTags(["claim:iran-restraint"], { url: `${front}/` })).toEqual({ delivered: true, attempts: 1, status: 200 });

    const after = await read("/claims/iran-restraint");
    expect(after.cache).toBe("MISS");
    expect(after.body).not.toBe(verdict.body);
    expect((await read("/embed/claims/iran-restraint")).body).not.toBe(embed.body);
    // Another speaker's page and the lists stay cached.
    expect(await read("/speakers/donald-trump")).toMatchObject({ body: speaker.body, cache: "HIT" });
    expect(await read("/")).toMatchObject({ body: home.body, cache: "HIT" });
  });

  it("a publication's tags drop the lists, the speaker and the topic together; a scale change drops every public page", async () => {
    const pages = ["/", "/feed.xml", "/speakers/donald-trump", "/topics/iran-nuclear-talks", "/claims/other-claim"];
    const before = await Promise.all(pages.map(read));
    await Promise.all(pages.map(read));
    await purgeTags(["published-verdicts", "claim:new-claim", "speaker:donald-trump", "topic:iran-nuclear-talks"], { url: `${front}/` });
    const after = await Promise.all(pages.map(read));
    expect(after.map((page, index) => page.body !== before[index]!.body)).toEqual([true, true, true, true, false]);

    await purgeTags(["published-verdicts", "rating-scale"], { url: `${front}/` });
    const scaled = await Promise.all(pages.map(read));
    expect(scaled.every((page) => page.cache === "MISS")).toBe(true);
  });

  it("the desk, sign-in and form posts pass through, never stored", async () => {
    const first = await read("/desk/claims");
    const second = await read("/desk/claims");
    expect(second.body).not.toBe(first.body);
    const posted = await fetch(`${front}/claims/iran-restraint`, { method: "POST", body: "x" });
    expect(await posted.text()).toMatch(/for POST/);
  });

  it("a purge whose tags are not tag names is refused with 400, and not retried", async () => {
    const outcome = await purgeTags(["claim:a", "rating-scale) |(.*"], { url: `${front}/`, pause: async () => {} });
    expect(outcome).toMatchObject({ delivered: false, attempts: 1, status: 400 });
  });
});

describe("a purge that cannot be delivered", () => {
  it("is retried with growing pauses, then logged, and never throws", async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const pauses: number[] = [];
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const outcome = await purgeTags(["claim:a"], { url: closed, pause: async (ms) => void pauses.push(ms) });
    expect(outcome).toMatchObject({ delivered: false, attempts: PURGE_ATTEMPTS });
    expect(pauses).toEqual([250, 1000, 4000]);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/cache purge of "claim:a" not delivered .* after 4 attempt/));
    logged.mockRestore();
  });

  it("does nothing when no CACHE_PURGE_URL is set", async () => {
    expect(await purgeTags(["claim:a"])).toBeNull();
  });
});
