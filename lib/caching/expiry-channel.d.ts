// Types of expiry-channel.js for the TypeScript side (see there).
export declare const EXPIRY_CHANNEL: string;
export declare function tagsFrom(payload: string | undefined): string[];
export declare function hearExpiries(expire: (tags: string[]) => unknown, options?: { databaseUrl?: string }): void;
