import type { Role } from "@/lib/generated/prisma/enums";

// Re-exported so components name roles without reaching into the Prisma client.
export type { Role };

// The signed-in person as every policy check and mutation sees them. Loaded
// from the database on each request, never trusted from the session token alone.
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
};

export const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  REPORTER: "Reporter",
  EDITOR: "Editor",
  ADMIN: "Admin",
};

export const isEditor = (actor: Actor) => actor.role === "EDITOR" || actor.role === "ADMIN";
