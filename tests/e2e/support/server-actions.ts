import { type APIRequestContext, type APIResponse, expect, type Locator, type Page } from "@playwright/test";
import { E2E } from "./env";

// Server actions are public POST endpoints: anyone can replay a form with
// whatever cookies (or none) they like. These helpers do exactly that, the way
// a browser without JavaScript submits a progressively enhanced form.
//
// A form whose action is a plain server action renders one hidden field,
// `$ACTION_ID_<id>`. A form driven by `useActionState` (all of OnRecord's
// forms) renders `$ACTION_REF_<n>`, `$ACTION_<n>:0` (the action id and its
// bound arguments), `$ACTION_<n>:1` (the previous state) and `$ACTION_KEY`.
// Either way, replaying every `$ACTION…` field of a rendered form reaches the
// same action the form would.

export type ActionFields = Record<string, string>;

export async function captureActionFields(form: Locator): Promise<ActionFields> {
  const fields = await form.evaluate((element) =>
    Object.fromEntries(
      Array.from(element.querySelectorAll<HTMLInputElement>('input[type="hidden"]'))
        .filter((input) => input.name.startsWith("$ACTION"))
        .map((input) => [input.name, input.value]),
    ),
  );
  expect(Object.keys(fields).length, "the form carries Next's server-action fields").toBeGreaterThan(0);
  return fields;
}

// Posts the captured action fields plus the form's own fields to `path`,
// as a multipart form from the site's own origin (so the refusal, if any,
// comes from the app's policy, not from Next's cross-origin check).
export async function postActionForm(request: APIRequestContext, path: string, action: ActionFields, fields: Record<string, string>): Promise<APIResponse> {
  return request.post(path, {
    multipart: { ...action, ...fields },
    headers: { Origin: E2E.baseURL },
    maxRedirects: 0,
  });
}

// The form within `scope` whose submit button has this accessible name.
export function formWithButton(scope: Page | Locator, name: string): Locator {
  // `filter({ has })` looks inside each form, so the button locator must not
  // repeat the scope's own selector: build it from the page.
  const page = "page" in scope ? scope.page() : scope;
  return scope.locator("form").filter({ has: page.getByRole("button", { name, exact: true }) });
}

// The three account forms of the admin page, as the admin sees them for
// `target`: invite a colleague, change role, disable. Used to replay them as
// someone else.
export async function captureAccountForms(admin: Page, target: { email: string; name: string }) {
  await admin.goto("/desk/admin/users");
  const addAccount = await captureActionFields(formWithButton(admin, "Send invitation"));
  const row = admin.getByTestId(`account-${target.email}`);
  const changeRole = await captureActionFields(formWithButton(row, "Change role"));
  const disable = await captureActionFields(formWithButton(row, `Disable ${target.name}`));
  return { addAccount, changeRole, disable };
}
