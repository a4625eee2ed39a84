// The value below which a share `q` of the sorted timings fall (nearest rank).
export const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
