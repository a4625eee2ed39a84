import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyLogin } from "@/lib/auth/login";
import { settings } from "@/lib/settings";

// Carries our own explanation (throttled, disabled) out of `authorize`.
class LoginRefused extends CredentialsSignin {
  constructor(
    code: string,
    readonly explanation: string,
  ) {
    super(explanation);
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // JWT sessions are required by the credentials provider. The token only
  // names the user and the session version; role and status are read from the
  // database on every request (lib/auth/session.ts), so a role change or a
  // disabled account takes effect on the very next request.
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  // A site published over https always sets Secure cookies; otherwise Auth.js
  // reads the scheme of the request, which behind a proxy is the proxy's
  // X-Forwarded-Proto (believed only with TRUST_PROXY_HOPS, scripts/serve.ts).
  ...(settings().SITE_URL?.startsWith("https://") ? { useSecureCookies: true } : {}),
  // A wrong password is an expected event (audited in lib/auth/login.ts), not
  // a server error worth a stack trace in the log.
  logger: {
    error(error) {
      // Class names are minified in the build; the error's `type` is not.
      if (!(error instanceof CredentialsSignin) && (error as { type?: string }).type !== "CredentialsSignin") {
        console.error("[auth]", error);
      }
    },
  },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const outcome = await verifyLogin({
          email: String(credentials?.email ?? ""),
          password: String(credentials?.password ?? ""),
          ip: clientIp(request.headers),
        });
        if (!outcome.ok) throw new LoginRefused(outcome.reason, outcome.message);
        return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionVersion: outcome.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sessionVersion: token.sv };
    },
  },
});
