import { describe, expect, it } from "vitest";
import { httpUrl } from "./safe-url";

describe("httpUrl", () => {
  it("keeps http and https addresses", () => {
    expect(httpUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(httpUrl("http://example.org")).toBe("http://example.org/");
  });

  it("refuses other schemes and junk", () => {
    expect(httpUrl("javascript:alert(1)")).toBeNull();
    expect(httpUrl("data:text/html,hi")).toBeNull();
    expect(httpUrl("not a url")).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});
