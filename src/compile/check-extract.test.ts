/** The schema is checked where each part is made: a broken part is reported, never written. */
import { describe, expect, it } from "vitest";
import { AssembledGraphSchema, GraphSchema } from "../graph/schema";
import { checkExtract } from "./check-extract";
import { compileCorpus, loadReferenceData, mapArticle } from "./compile-corpus";
import { ACTORS, CUES, article } from "./test/fixtures";

const BODY =
  "Iran and Syria signed a defense agreement on Sunday. Russia and Israel were named in the same sentence. Turkey, Iraq, Lebanon and Jordan were named in another.";
const source = { file: "t/pact.md", text: article(BODY, { id: "pact", publisher: "Wire", published: "2018-08-28" }) };

function extract() {
  const { gazetteer, lexicon } = loadReferenceData({ actors: ACTORS, cues: CUES });
  const outcome = mapArticle(source, { gazetteer: gazetteer!, lexicon: lexicon! });
  if (!outcome.extract) throw new Error(outcome.problems.map((p) => p.message).join("\n"));
  return outcome.extract;
}

describe("checking each article's extract in the map step", () => {
  it("passes what the compiler makes of a real article", () => {
    const x = extract();
    expect(x.findings.length).toBeGreaterThan(0);
    // Six pairs from the sentence naming four actors, one from the other.
    expect(x.coMentions.length).toBe(7);
    expect(checkExtract(x, source.file)).toEqual([]);
  });

  it("reports a mention, a finding or a co-mention that breaks the schema, naming the file", () => {
    const badMention = extract();
    badMention.article.mentions[0]!.actorId = "Not An Id";
    const badFinding = extract();
    badFinding.findings[0]!.start = -1;
    const badCoMention = extract();
    badCoMention.coMentions[0]!.at.published = "28 August 2018";
    // Evidence of one sentence shares all but its id, cue and direction: a later piece of the same
    // sentence is still checked, whether its own field or a shared one breaks.
    const badLaterId = extract();
    badLaterId.coMentions.at(-1)!.id = "";
    const badLaterShared = extract();
    badLaterShared.coMentions.at(-1)!.at = { ...badLaterShared.coMentions.at(-1)!.at, published: "2018-13" };
    for (const x of [badMention, badFinding, badCoMention, badLaterId, badLaterShared]) {
      const [problem] = checkExtract(x, source.file);
      expect(problem?.file).toBe("t/pact.md");
      expect(problem?.message).toMatch(/fails the graph schema at .+; please report this/);
    }
  });
});

describe("the reduce's check of the assembled graph", () => {
  const compiled = () => compileCorpus({ articles: [source], actors: ACTORS, cues: CUES, curation: null }).graph!;

  it("accepts the compiled graph, as the app's full schema does", () => {
    expect(AssembledGraphSchema.safeParse(compiled()).success).toBe(true);
    expect(GraphSchema.safeParse(compiled()).success).toBe(true);
  });

  it("still checks every quote against its article and every tie's actors", () => {
    const misquoted = compiled();
    misquoted.ties[0]!.evidence[0]!.quote = "Iran and Syria signed nothing.";
    expect(AssembledGraphSchema.safeParse(misquoted).error?.issues[0]?.message).toMatch(/quote is not the article's words/);
    const stranger = compiled();
    stranger.ties[0]!.target = "atlantis";
    expect(AssembledGraphSchema.safeParse(stranger).error?.issues[0]?.message).toMatch(/unknown actor 'atlantis'/);
  });
});
