// The production server (scripts/serve.ts) keeps a copy in memory of pages
// Next served from its cache (scripts/lib/page-cache.ts). Next runs in the
// same process, so the code that refreshes public pages tells that copy to
// forget what it holds through this hook; nothing else (no request a visitor
// can send) empties it. Under `next dev` or in tests there is no copy and
// this does nothing.

const HOOK = "__onrecordForgetServedPages";

type WithHook = typeof globalThis & { [HOOK]?: () => void };

export function onForgetServedPages(forget: () => void) {
  (globalThis as WithHook)[HOOK] = forget;
}

export function forgetServedPages() {
  (globalThis as WithHook)[HOOK]?.();
}
