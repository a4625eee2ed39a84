// Types of purge.js for the TypeScript side (see there).
export type PurgeOutcome = { delivered: boolean; attempts: number; status?: number; error?: string };
export declare const PURGE_ATTEMPTS: number;
export declare const SECOND_PURGE_AFTER_MS: number;
export declare const PURGE_LATER: unique symbol;
export declare function purgeTags(
  tags: readonly string[],
  options?: { url?: string; pause?: (ms: number) => Promise<unknown>; noLater?: boolean },
): Promise<PurgeOutcome | null>;
export declare function purgeInBackground(tags: readonly string[]): void;
