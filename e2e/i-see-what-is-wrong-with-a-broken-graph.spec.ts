import type { Route } from "@playwright/test";
import { unpackEvidence } from "../src/graph/evidence-file";
import { EvidenceFileSchema, GraphSchema } from "../src/graph/schema";
import { SCHEMA_VERSION } from "../src/graph/vocabulary";
import { expect, test } from "./network-fixtures";

/** How a graph file can arrive broken, and what the in-app message must say about it. */
interface Variant {
  story: string;
  serve: (route: Route, realGraph: string) => Promise<void>;
  says: string[];
}

const json = (body: unknown) => (route: Route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(body) });

const VARIANTS: Variant[] = [
  { story: "missing (404)", serve: (r) => r.fulfill({ status: 404, body: "not found" }), says: ["graph.json is missing", "has not been built yet"] },
  { story: "refused by the server (500)", serve: (r) => r.fulfill({ status: 500, body: "oops" }), says: ["Could not load graph.json (HTTP 500)"] },
  { story: "unreachable (the request fails)", serve: (r) => r.abort("failed"), says: ["Could not load graph.json", "The request failed"] },
  { story: "answered with the app's own web page", serve: (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Tiegraph</title>" }), says: ["graph.json is missing", "sent a web page"] },
  { story: "truncated halfway through", serve: (r, real) => r.fulfill({ status: 200, contentType: "application/json", body: real.slice(0, Math.floor(real.length / 2)) }), says: ["graph.json is not valid JSON"] },
  { story: "empty", serve: (r) => r.fulfill({ status: 200, contentType: "application/json", body: "" }), says: ["graph.json is not valid JSON"] },
  { story: "not JSON at all", serve: (r) => r.fulfill({ status: 200, contentType: "application/json", body: "actors: [iran, syria]" }), says: ["graph.json is not valid JSON"] },
  { story: "JSON but not an object", serve: json([1, 2, 3]), says: ["graph.json does not hold a graph"] },
  { story: "from an older schema version", serve: (r, real) => json({ ...JSON.parse(real), schemaVersion: 0 })(r), says: ["built for another version of Tiegraph", "schemaVersion 0"] },
  { story: "without a schema version", serve: json({ actors: [] }), says: ["built for another version of Tiegraph", "no schemaVersion"] },
  { story: "of the wrong shape", serve: json({ schemaVersion: SCHEMA_VERSION, actors: "none" }), says: ["does not match the graph schema", "actors:"] },
];

test.describe("a broken graph file", () => {
  // The browser itself logs a failed or refused request as a console error; nothing else may.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  for (const variant of VARIANTS) {
    test(`When graph.json is ${variant.story} I am told what is wrong and how to rebuild it`, async ({ page, request }) => {
      const real = await (await request.get("graph.json")).text();
      await page.route("**/graph.json", (route) => variant.serve(route, real));
      await page.goto("/");
      const alert = page.getByRole("alert");
      await expect(alert.getByRole("heading", { name: "Tiegraph cannot show the graph" })).toBeVisible();
      for (const words of variant.says) await expect(alert).toContainText(words);
      await expect(alert).toContainText("npm run compile");
      await expect(page.locator("[data-actor-id]")).toHaveCount(0);
    });
  }
});

test("When a quote in a tie's evidence file is not its article's words, the reader says so instead of showing it", async ({ page, request }) => {
  // graph.json holds neither article texts nor quotes: a tie's quotes are checked against their article when both have come.
  const graph = GraphSchema.parse(JSON.parse(await (await request.get("graph.json")).text()));
  const tie = graph.ties[0]!;
  const file = EvidenceFileSchema.parse(JSON.parse(await (await request.get(tie.evidenceFile!)).text()));
  const [evidence] = unpackEvidence(file, tie, new Map(graph.articles.map((a) => [a.id, a])));
  // the same length, so that the passage keeps its place and its id
  const never = "words the article never said ".repeat(20).slice(0, evidence!.quote.length);
  file.quotes[file.sentences[0]![2]] = never;
  await page.route(`**/${tie.evidenceFile}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(file) }));
  await page.goto(`/#/read/${evidence!.articleId}?tie=${tie.id}&evidence=${evidence!.id}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("1 quote of the graph is not this article's words");
  await expect(alert).toContainText("npm run compile");
  await expect(page.getByText(never)).toHaveCount(0);
});
