// Types of cache-values.js for the TypeScript side (see there).
export declare function encodeCacheValue(value: unknown): unknown;
// biome-ignore lint/suspicious/noExplicitAny: what comes back has the shape of what went in, which the caller knows
export declare function decodeCacheValue(value: unknown): any;
