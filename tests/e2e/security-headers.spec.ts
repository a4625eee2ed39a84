import { expect, test } from "@playwright/test";

// No page can be put in another site's frame (clickjacking the desk's
// buttons), and browsers are told not to guess content types.
for (const path of ["/", "/claims/nuclear-restraint-demo", "/methodology", "/login", "/logout", "/desk", "/desk/admin/users"]) {
  test(`${path} refuses to be framed and turns off content sniffing`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}
