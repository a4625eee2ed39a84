import { AsyncLocalStorage } from "node:async_hooks";

// What every log line written while a request is handled should carry: its
// id (sent back as X-Request-Id) and, once the session is read, who made it.
//
// Kept on globalThis: the production server (scripts/serve.ts, bundled by
// esbuild) opens the context, while the session code that learns the user
// runs in Next's own bundle, with its own copy of this module.

export type RequestContext = { requestId: string; userId?: string };

const KEY = Symbol.for("onrecord.requestContext");
const shared = globalThis as unknown as { [KEY]?: AsyncLocalStorage<RequestContext> };
const storage = (shared[KEY] ??= new AsyncLocalStorage<RequestContext>());

export const inRequest = <T>(context: RequestContext, run: () => T): T => storage.run(context, run);

export const currentRequest = (): RequestContext | undefined => storage.getStore();

// Called where the session is read: later lines of the same request, and its
// access line, name the user.
export function noteUser(userId: string) {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
