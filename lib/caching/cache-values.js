// @ts-check
// What Next asks its cache to keep holds Buffers (a page's RSC payload, a
// route's body) and Maps (a page's segment payloads), which JSON cannot
// carry. They are written as {"$buffer": base64} and {"$map": [[key, value]]}
// on the way into Redis and turned back on the way out, at any depth.

/**
 * @param {unknown} value
 * @returns {unknown}
 */
export function encodeCacheValue(value) {
  if (Buffer.isBuffer(value)) return { $buffer: value.toString("base64") };
  if (value instanceof Uint8Array) return { $buffer: Buffer.from(value).toString("base64") };
  if (value instanceof Map) return { $map: [...value].map(([key, entry]) => [key, encodeCacheValue(entry)]) };
  if (Array.isArray(value)) return value.map(encodeCacheValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, encodeCacheValue(entry)]),
    );
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {any}
 */
export function decodeCacheValue(value) {
  if (Array.isArray(value)) return value.map(decodeCacheValue);
  if (value && typeof value === "object") {
    const record = /** @type {Record<string, unknown>} */ (value);
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === "$buffer" && typeof record.$buffer === "string") return Buffer.from(record.$buffer, "base64");
    if (keys.length === 1 && keys[0] === "$map" && Array.isArray(record.$map)) {
      return new Map(record.$map.map((/** @type {[string, unknown]} */ [key, entry]) => [key, decodeCacheValue(entry)]));
    }
    return Object.fromEntries(keys.map((key) => [key, decodeCacheValue(record[key])]));
  }
  return value;
}
