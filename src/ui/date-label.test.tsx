// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DateLabel } from "./date-label";

afterEach(cleanup);

describe("DateLabel", () => {
  it("shows a date no more precisely than its source, with a machine-readable <time>", () => {
    const { container } = render(<DateLabel published="2018-08-28" precision="day" />);
    expect(container.textContent).toBe("28 Aug 2018");
    expect(container.querySelector("time")?.getAttribute("datetime")).toBe("2018-08-28");
  });

  it("says when only the month or the year is known", () => {
    const month = render(<DateLabel published="2018-08" precision="month" withNote />);
    expect(month.container.textContent).toBe("Aug 2018 (month only)");
    cleanup();
    const year = render(<DateLabel published="2018" precision="year" withNote />);
    expect(year.container.textContent).toBe("2018 (year only)");
  });
});
