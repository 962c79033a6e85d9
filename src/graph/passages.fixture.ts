/** A wire story run by three outlets of two publishers, and one article of its own, compiled (tests only). */
import { compileCorpus } from "../compile/compile-corpus";
import { ACTORS, CUES, article } from "../compile/test/fixtures";

export const WIRE = "Iran and Syria signed a defense agreement in Damascus on Monday.";

/** The graph compiled from them, article texts in hand. */
export function syndicatedGraph() {
  const files = [
    { id: "wire-a", publisher: "Agence One", body: WIRE },
    { id: "wire-b", publisher: "Daily Two", body: `${WIRE}\n\nMore follows.` },
    { id: "wire-c", publisher: "Agence One", body: `A headline.\n\n${WIRE}` },
    { id: "own", publisher: "Daily Two", body: "Iran and Syria expanded military cooperation, officials said." },
  ].map((f, i) => ({ file: `t/${i}.md`, text: article(f.body, { id: f.id, publisher: f.publisher, published: "2018-08-28" }) }));
  const { graph, problems } = compileCorpus({ articles: files, actors: ACTORS, cues: CUES, curation: null });
  if (!graph) throw new Error(problems.map((p) => p.message).join("\n"));
  return graph;
}

