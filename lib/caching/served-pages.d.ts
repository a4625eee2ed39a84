// Types of served-pages.js for the TypeScript side (see there).
export declare function onForgetServedPages(forget: () => void): void;
export declare function forgetServedPages(): void;
export declare function keepServedPages(mayKeep: boolean): void;
export declare function mayKeepServedPages(): boolean;
