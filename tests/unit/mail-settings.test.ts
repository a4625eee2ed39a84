import { afterEach, describe, expect, it, vi } from "vitest";
import { mailSender } from "@/lib/mail/sender";
import { describeSmtpFailure } from "@/lib/mail/smtp-failure";
import { readSettings, type SettingsError } from "@/lib/settings";

// What an operator sets for email (SMTP_URL, MAIL_FROM), what the sender
// defaults to, and how a failed delivery is told to admins.

afterEach(() => vi.unstubAllEnvs());

const problemsWith = (env: Record<string, string>) => {
  try {
    readSettings(env);
    return [];
  } catch (error) {
    return (error as SettingsError).problems;
  }
};

describe("SMTP_URL and MAIL_FROM", () => {
  it("take smtp:// and smtps:// addresses, with a user and a password", () => {
    expect(readSettings({ SMTP_URL: "smtps://desk%40example.org:p%40ss@mail.example.org:465" }).SMTP_URL).toBe(
      "smtps://desk%40example.org:p%40ss@mail.example.org:465",
    );
    expect(readSettings({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "Newsroom desk <desk@example.org>" })).toMatchObject({
      SMTP_URL: "smtp://127.0.0.1:2525",
      MAIL_FROM: "Newsroom desk <desk@example.org>",
    });
    expect(readSettings({ MAIL_FROM: "desk@example.org" }).MAIL_FROM).toBe("desk@example.org");
  });

  it("refuse anything else with a message naming the variable and saying what is expected", () => {
    for (const bad of ["http://mail.example.org", "mail.example.org:587", "smtp:no-host"]) {
      expect(problemsWith({ SMTP_URL: bad })).toEqual([
        expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address with the mail server.s host/),
      ]);
    }
    for (const bad of ["desk", "Desk <desk>", "two@example.org, three@example.org", "Desk <desk@example.org>\r\nBcc: x@y.z"]) {
      expect(problemsWith({ MAIL_FROM: bad })).toEqual([expect.stringMatching(/^MAIL_FROM must be an address such as desk@example.org/)]);
    }
  });

  it("an empty line counts as unset", () => {
    expect(readSettings({ SMTP_URL: " ", MAIL_FROM: "" })).toMatchObject({ SMTP_URL: undefined, MAIL_FROM: undefined });
  });
});

describe("the sender", () => {
  it("is MAIL_FROM when set", () => {
    vi.stubEnv("MAIL_FROM", "Desk <desk@example.org>");
    expect(mailSender()).toBe("Desk <desk@example.org>");
  });

  it("otherwise the site's name at SITE_URL's host, or at localhost", () => {
    vi.stubEnv("MAIL_FROM", "");
    vi.stubEnv("SITE_NAME", "The Ledger");
    vi.stubEnv("SITE_URL", "https://factcheck.ledger.example/");
    expect(mailSender()).toBe("The Ledger <onrecord@factcheck.ledger.example>");
    vi.stubEnv("SITE_URL", "http://10.0.0.5:3000");
    expect(mailSender()).toBe("The Ledger <onrecord@localhost>");
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("SITE_NAME", "");
    expect(mailSender()).toBe("OnRecord <onrecord@localhost>");
  });
});

describe("a failed delivery in plain words", () => {
  it("tells a refusal for good from one for now, and says what to check", () => {
    expect(describeSmtpFailure({ code: "EENVELOPE", responseCode: 550 })).toEqual({
      words: "The mail server refused this message for good (550). Check the recipient's address.",
      permanent: true,
    });
    expect(describeSmtpFailure({ code: "EENVELOPE", responseCode: 452 })).toMatchObject({ permanent: false, words: expect.stringMatching(/for now \(452\)/) });
    expect(describeSmtpFailure({ code: "EAUTH", responseCode: 535 })).toMatchObject({ permanent: false, words: expect.stringMatching(/Check SMTP_URL/) });
    expect(describeSmtpFailure({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25" }).words).toMatch(/refused the connection/);
    expect(describeSmtpFailure({ code: "EDNS", message: "getaddrinfo ENOTFOUND mail.example.org" }).words).toMatch(/name could not be found/);
    expect(describeSmtpFailure({ code: "ETIMEDOUT" }).words).toMatch(/did not answer in time/);
    expect(describeSmtpFailure(new Error("something odd"))).toEqual({
      words: "Sending failed for a reason OnRecord does not recognise; the server's log has the detail.",
      permanent: false,
    });
  });

  it("never repeats the server's own text, which may hold addresses or internal names", () => {
    const words = describeSmtpFailure({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 <ceo@internal.example> unknown in relay-7.internal" }).words;
    expect(words).not.toContain("internal");
  });
});
