import { describe, expect, it } from "vitest";
import { nearestTime, readTimeExpressions, yearOfPeriod, type Publication } from "./time-expressions";

const AUG_2018: Publication = { published: "2018-08-30", precision: "day" };
const MAY_2024: Publication = { published: "2024-05-31", precision: "day" };
const SEPT_2018_MONTH: Publication = { published: "2018-09", precision: "month" };

/** The one period a sentence states, without its place (checked apart). */
function period(sentence: string, pub: Publication = AUG_2018) {
  const times = readTimeExpressions(sentence, pub);
  expect(times).toHaveLength(1);
  const [t] = times;
  return { from: t!.from, to: t!.to, precision: t!.precision, approximate: t!.approximate, words: t!.words };
}

describe("reading the period a sentence states", () => {
  it("states no period when the sentence names none: its time is the publication's", () => {
    expect(readTimeExpressions("Iran and Syria signed a defense agreement.", AUG_2018)).toEqual([]);
    expect(readTimeExpressions("Tehran backs Damascus against the rebels.", AUG_2018)).toEqual([]);
  });

  it("dates 'a decade ago' about ten years before publication, approximately", () => {
    expect(period("Imad Mughniyeh was killed a decade ago in a joint Israeli-American operation.", SEPT_2018_MONTH)).toEqual({
      from: "2008",
      to: "2008",
      precision: "year",
      approximate: true,
      words: "a decade ago",
    });
  });

  it("dates a counted number of years ago exactly", () => {
    expect(period("Since the war broke out seven years ago, Iran has backed Assad.")).toMatchObject({ from: "2011", to: "2011", precision: "year", approximate: false });
  });

  it("dates 'in 2015' to the year", () => {
    expect(period("Iran sent advisers to Syria in 2015.")).toMatchObject({ from: "2015", to: "2015", precision: "year", words: "in 2015" });
  });

  it("dates the agreement in 'a 2015 agreement signed …' to 2015", () => {
    expect(period("Russia and Iran pointed to a 2015 agreement signed in Moscow.")).toMatchObject({ from: "2015", to: "2015", precision: "year", words: "2015" });
  });

  it("reads 'the 1974 ceasefire line' as a name, not an event of 1974", () => {
    expect(readTimeExpressions("Israeli forces crossed the 1974 ceasefire line near Quneitra.", AUG_2018)).toEqual([]);
    expect(readTimeExpressions("The talks turned on a return to the 1967 borders.", AUG_2018)).toEqual([]);
  });

  it("reads '2000 troops' as a number, not a year", () => {
    expect(readTimeExpressions("Iran has sent 2000 troops to Syria.", AUG_2018)).toEqual([]);
  });

  it("reads 'since 2011' as an open range up to the publication", () => {
    expect(period("Iran has supported the Syrian government since 2011.")).toMatchObject({ from: "2011", to: "2018-08-30", precision: "open" });
  });

  it("reads 'since the end of 2015' and 'since the 1973 war' as open ranges", () => {
    expect(period("He had coordinated the missile work since the end of 2015.")).toMatchObject({ from: "2015", precision: "open" });
    expect(period("It was the largest deployment since the 1973 war.")).toMatchObject({ from: "1973", to: "2018-08-30", precision: "open" });
  });

  it("dates 'in the 1990s' to the decade, and a part of a decade to its years", () => {
    expect(period("Syria and Turkey reconciled in the 1990s.")).toMatchObject({ from: "1990", to: "1999", precision: "decade" });
    expect(period("The two reconciled at the end of the 1990s.")).toMatchObject({ from: "1996", to: "1999", precision: "decade" });
    expect(period("The alliance formed in the early 1980s.")).toMatchObject({ from: "1980", to: "1983", precision: "decade" });
  });

  it("dates 'last month' and 'late last month' to the month before publication", () => {
    expect(period("Officials announced late last month that Iran would stay.")).toMatchObject({ from: "2018-07", to: "2018-07", precision: "month" });
    expect(period("Officials announced last month that Iran would stay.", { published: "2019-01-10", precision: "day" })).toMatchObject({ from: "2018-12", precision: "month" });
  });

  it("dates 'last week' to the days of the week before, and 'last year' to the year before", () => {
    expect(period("Hatami visited Damascus last week.")).toMatchObject({ from: "2018-08-17", to: "2018-08-23", precision: "day" });
    expect(period("Iran and Iraq signed a pact last year.")).toMatchObject({ from: "2017", to: "2017", precision: "year" });
  });

  it("dates 'on Thursday' to the last Thursday up to a publication dated to the day", () => {
    // 31 May 2024 is a Friday.
    expect(period("During his meeting with Khamenei on Thursday, Assad praised Iran.", MAY_2024)).toMatchObject({ from: "2024-05-30", precision: "day" });
  });

  it("keeps a weekday at the publication's own precision when the publication is not dated to the day", () => {
    expect(period("Hatami arrived in Damascus on Sunday.", SEPT_2018_MONTH)).toMatchObject({ from: "2018-09", to: "2018-09", precision: "month" });
  });

  it("dates a month and year, and a full date", () => {
    expect(period("Relations go back to May 2022, when Assad visited Tehran.", MAY_2024)).toMatchObject({ from: "2022-05", precision: "month" });
    expect(period("Fighting flared on Aug. 30, 2018 near Idlib.")).toMatchObject({ from: "2018-08-30", precision: "day" });
    expect(period("Raisi died in a helicopter crash on May 19.", MAY_2024)).toMatchObject({ from: "2024-05-19", precision: "day" });
  });

  it("reads 'over the past decade or so' as an approximate open range", () => {
    expect(period("Rescuing Assad has been a huge task for Iran over the past decade or so.", MAY_2024)).toMatchObject({
      from: "2014",
      to: "2024-05-31",
      precision: "open",
      approximate: true,
    });
  });

  it("reads 'today' and 'this year' as the publication's time", () => {
    expect(period("Today Iran and Syria are allies.")).toMatchObject({ from: "2018-08-30", precision: "day" });
    expect(period("The Rouhani government earlier this year tasked the ministry.")).toMatchObject({ from: "2018", precision: "year" });
  });

  it("reads 'years ago' and 'back then' as some time before the publication, not said when", () => {
    expect(period("Years ago the two states were enemies.")).toMatchObject({ precision: "before", approximate: true });
    expect(period("Back then Syria backed Iran against Iraq.")).toMatchObject({ precision: "before" });
  });

  it("reads a range of years", () => {
    expect(period("Between 2012 and 2015 Iran sent thousands of fighters.")).toMatchObject({ from: "2012", to: "2015", precision: "year" });
  });

  it("gives each period its exact place in the sentence", () => {
    const sentence = "Asber ran missile work since the end of 2015 and knew Mughniyeh, killed a decade ago by Israel.";
    const times = readTimeExpressions(sentence, SEPT_2018_MONTH);
    expect(times.map((t) => sentence.slice(t.start, t.end))).toEqual(["since the end of 2015", "a decade ago"]);
    expect(times.map((t) => t.words)).toEqual(["since the end of 2015", "a decade ago"]);
  });

  it("picks the period nearest to a cue: the killing a decade ago, not the work since 2015", () => {
    const sentence = "Asber ran missile work since the end of 2015 and knew Mughniyeh, killed a decade ago in a joint Israeli-American operation.";
    const times = readTimeExpressions(sentence, SEPT_2018_MONTH);
    const near = nearestTime(times, sentence.indexOf("joint"));
    expect(near?.words).toBe("a decade ago");
    expect(yearOfPeriod(near!)).toBe(2008);
  });

  it("counts an open range under the publication's year", () => {
    const [since] = readTimeExpressions("Iran has backed Assad since 2011.", MAY_2024);
    expect(yearOfPeriod(since!)).toBe(2024);
  });
});

describe("open ranges said other ways", () => {
  it("reads 'since breaking out in 2011' as running since 2011, not as 2011", () => {
    expect(period("Since breaking out in 2011, Syria's civil war has left 350,000 people dead.")).toMatchObject({ from: "2011", to: "2018-08-30", precision: "open" });
  });
  it("reads a bare 'after 2022' as the years after it, up to the publication", () => {
    expect(period("After 2022, Arab countries restored their relations with Assad.", MAY_2024)).toMatchObject({ from: "2023", to: "2024-05-31", precision: "open" });
  });
  it("reads 'after the 2006 war' as dating the war", () => {
    expect(period("Hezbollah rearmed after the 2006 war.")).toMatchObject({ from: "2006", to: "2006", precision: "year" });
  });
});
