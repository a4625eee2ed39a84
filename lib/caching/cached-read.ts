import { unstable_cache } from "next/cache";
import { isoInstant } from "@/lib/dates";

// Next's data cache stores what a cached function returns as JSON, so a Date
// would come back as a string and a page would format "Invalid Date" or crash
// on the second request only. Dates are therefore written as {"$date": iso}
// on the way in and turned back into dates on the way out, at any depth.

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export function encodeDates(value: unknown): Encoded {
  // A stored date no formatter can read travels as null and comes back as
  // an invalid Date, which lib/dates.ts shows as "date unreadable".
  if (value instanceof Date) return { $date: isoInstant(value) ?? null };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [key, encodeDates(entry)]),
    );
  }
  return value as Encoded;
}

export function decodeDates<T>(value: Encoded): T {
  return revive(value) as T;
}

function revive(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$date" && (typeof value.$date === "string" || value.$date === null)) return new Date(value.$date ?? Number.NaN);
    return Object.fromEntries(keys.map((key) => [key, revive(value[key]!)]));
  }
  return value;
}

// A read kept in Next's data cache under its name and arguments until one of
// its tags expires. The tags depend on the arguments (a speaker's page holds
// that speaker's tag only), so the cache entry is made per call.
export function cachedRead<Args extends (string | number)[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const stored = await unstable_cache(async () => encodeDates(await read(...args)), [name, ...args.map(String)], { tags: tagsFor(...args) })();
    return decodeDates<Result>(stored);
  };
}
