// A token as it appears in a link: 32 random bytes in base64url, 43
// characters. Anything else (a pasted address cut short, a stray character)
// is refused before any lookup. Apart from tokens.ts so forms can import it.
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
