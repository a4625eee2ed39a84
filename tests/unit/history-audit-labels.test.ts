import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "@/lib/history/audit-labels";

// The audit log names every action in words. This reads the source for every
// audit row written (recordAudit, or auditEvent.create in scripts and the
// seed) and checks that each action string it can write has a label, so a new
// kind of event cannot reach the log as "claim.frobbed".

const root = path.resolve(import.meta.dirname, "../..");
const SEARCHED = ["lib", "app", "components", "scripts", "prisma"];
const SKIPPED = new Set(["node_modules", "generated", ".next"]);
// The writer itself passes its caller's action through.
const WRITER = path.join("lib", "history", "record.ts");

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const relative = path.join(dir, name);
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });
}

const OPEN = "([{";
const CLOSE = ")]}";

// The text from `start` up to where the bracket open just before it closes,
// or, with `stopAtComma`, up to the first comma or closing bracket at its own
// depth. String literals are skipped whole so brackets inside them don't count.
function scan(source: string, start: number, stopAtComma: boolean): string {
  let depth = 0;
  for (let index = start; index < source.length; index++) {
    const char = source[index]!;
    if (char === '"' || char === "'" || char === "`") {
      const end = source.indexOf(char, index + 1);
      if (end === -1) break;
      index = end;
    } else if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char)) {
      if (depth === 0) return source.slice(start, index);
      depth--;
    } else if (stopAtComma && char === "," && depth === 0) return source.slice(start, index);
  }
  return source.slice(start);
}

type Written = { file: string; line: number; actions: string[]; expression: string };

function auditWrites(): Written[] {
  const found: Written[] = [];
  for (const file of SEARCHED.flatMap(sourceFiles).filter((file) => file !== WRITER)) {
    const source = readFileSync(path.join(root, file), "utf8");
    for (const call of source.matchAll(/(?<!function\s)\b(?:recordAudit|auditEvent\.create(?:Many)?)\(/g)) {
      const args = scan(source, call.index + call[0].length, false);
      const line = source.slice(0, call.index).split("\n").length;
      for (const property of args.matchAll(/\baction\s*:\s*/g)) {
        const expression = scan(args, property.index + property[0].length, true).trim();
        const actions = [...expression.matchAll(/["'`]([a-z_]+(?:\.[a-z_]+)+)["'`]/g)].map((match) => match[1]!);
        found.push({ file, line, actions, expression });
      }
    }
  }
  return found;
}

describe("audit action labels", () => {
  const writes = auditWrites();

  it("finds the audit rows the code writes (the search itself works)", () => {
    const actions = writes.flatMap((write) => write.actions);
    expect(actions).toEqual(expect.arrayContaining(["auth.signin", "auth.signin_failed", "user.role_changed", "claim.created", "claim.restored"]));
  });

  it("every action written to the audit log is a literal the log can name", () => {
    const unreadable = writes.filter((write) => write.actions.length === 0).map((write) => `${write.file}:${write.line} action: ${write.expression}`);
    expect(unreadable, "write the audit action as a string literal so the log can label it").toEqual([]);
  });

  it("every action written to the audit log has a label in AUDIT_ACTION_LABELS", () => {
    const missing = writes.flatMap((write) =>
      write.actions.filter((action) => !(action in AUDIT_ACTION_LABELS)).map((action) => `${action} (${write.file}:${write.line})`),
    );
    expect(missing, "add these to AUDIT_ACTION_LABELS in lib/history/audit-labels.ts").toEqual([]);
  });

  it("offers in the action filter only actions the code writes", () => {
    const written = new Set(writes.flatMap((write) => write.actions));
    expect(
      Object.keys(AUDIT_ACTION_LABELS).filter((action) => !written.has(action)),
      "remove these from AUDIT_ACTION_LABELS, or write them",
    ).toEqual([]);
  });

  it("names the events the issue lists in words", () => {
    expect(auditActionLabel("auth.signin")).toBe("Signed in");
    expect(auditActionLabel("user.role_changed")).toBe("Role changed");
    expect(auditActionLabel("claim.assigned")).toBe("Claim assigned");
    expect(auditActionLabel("claim.published")).toBe("Verdict published");
    expect(auditActionLabel("claim.unpublished")).toBe("Verdict unpublished");
    expect(auditActionLabel("claim.merged")).toBe("Claims merged");
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size, "two actions must not read the same in the filter").toBe(Object.keys(AUDIT_ACTION_LABELS).length);
    // Unknown actions still show, as stored, rather than vanish.
    expect(auditActionLabel("something.new")).toBe("something.new");
  });
});
