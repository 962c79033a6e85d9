import { actorNode, expect, test } from "./network-fixtures";

// The inline script this story plants on purpose is refused, and the browser logs that it was.
test.use({ expectedConsoleErrors: [/^Executing inline script violates the following Content Security Policy directive 'script-src 'self''/] });

test("The built app carries a Content-Security-Policy with no inline script and no other origin, and works under it", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => void (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto("/");
  const header = response?.headers()["content-security-policy"] ?? "";
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
  for (const policy of [header, meta]) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  }
  expect(await page.locator("script:not([src])").count(), "no inline script in the page").toBe(0);

  // The app works under it: draw, select, open evidence, read, switch views.
  await actorNode(page, "Iran").click();
  await page.getByRole("complementary", { name: "Details" }).getByRole("button", { name: /Syria/ }).first().click();
  await expect(page.getByRole("region", { name: "Evidence", exact: true })).toBeVisible();
  await page.goto("/#/read/2018-08-30-mei-defense-pact-axis-of-resistance");
  await expect(page.getByTestId("article-body")).toBeVisible();
  await page.goto("/#/table");
  await expect(page.getByRole("table")).toBeVisible();

  expect(violations, "the app itself needs nothing the policy blocks").toEqual([]);

  // An inline script is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.inlineScriptRan = true";
    document.body.append(s);
    return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith("script-src"))).toBe(true);
});
