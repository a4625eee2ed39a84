// Types of redis-link.js for the TypeScript side (see there): what the
// production server and the tests use.
export declare const COMMAND_TIMEOUT_MS: number;
export type RedisLink = {
  prefix: string;
  tagsKey: string;
  channel: string;
  where: string;
  usable(): boolean;
  whenReady(ms?: number): Promise<boolean>;
};
export declare function redisLink(): RedisLink | null;
