/**
 * The export menu: the picture of the view (PNG at 2×, SVG), the graph for other tools (GEXF, GraphML,
 * CSV, graph JSON) following the view's filters, and a printable report of the selected actor or tie.
 * Every file is made here and saved through an object URL: nothing is sent anywhere. The graph JSON
 * carries its articles' texts, fetched first (like the reader does) when they are not in hand.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { Article, ArticleText } from "../../graph/schema";
import { writeEvidenceCsv } from "../../graph/export/evidence-csv";
import { exportFileName, exportScope, withTieEvidence, type FullScope } from "../../graph/export/export-scope";
import { sourcesOfTies } from "../../graph/filters";
import { writeGexf } from "../../graph/export/gexf";
import { articlesWithoutText, writeGraphJson } from "../../graph/export/graph-json";
import { writeGraphml } from "../../graph/export/graphml";
import { selectGraph, useAppStore } from "../../store/app-store";
import { useView } from "../../store/use-view";
import { withLinkEvidence } from "../../store/link-evidence";
import { downloadBlob, downloadText } from "../../ui/download";
import { networkPictureSvg, svgToPng } from "./network-picture";
import "./export.css";

/** Fetches an article's text and mentions (the reader's loader, passed in by the app). */
export type LoadArticleText = (article: Article) => Promise<ArticleText>;

/** The open menu; `onDone` closes it (focus goes back to the Export button); `onReport` opens the report preview. */
export function ExportMenu({
  id,
  onDone,
  onReport,
  loadArticleText,
  keepUnmentioned,
  onKeepUnmentioned,
}: {
  id: string;
  onDone: () => void;
  onReport: () => void;
  loadArticleText: LoadArticleText;
  /** Keep the actors no article names (the choice outlives the menu, for the next file). */
  keepUnmentioned: boolean;
  onKeepUnmentioned: (keep: boolean) => void;
}) {
  const graph = useAppStore(selectGraph);
  const { state } = useView();
  const first = useRef<HTMLButtonElement>(null);
  const keepId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);

  const scope = exportScope(graph, state, { keepUnmentioned });
  const unmentioned = keepUnmentioned ? 0 : exportScope(graph, state, { keepUnmentioned: true }).actors.length - scope.actors.length;
  const articles = sourcesOfTies(scope.ties).size;
  const years = state.compare ? `${state.compare[0]} and ${state.compare[1]}` : state.year !== null ? String(state.year) : "all years";
  const onGraph = state.view === "graph";
  const selection = state.tieId ? graph.ties.find((t) => t.id === state.tieId) : null;
  const actor = !selection && state.actorId ? graph.actors.find((a) => a.id === state.actorId) : null;

  /**
   * The scope with its ties' evidence in hand (and its co-mentions' sentences, for the graph JSON),
   * fetched first when it is in files of its own, saying how far it has come.
   */
  const inHand = async (withCoMentions: boolean): Promise<FullScope> => {
    const links = [...scope.ties, ...(withCoMentions ? scope.coMentions : [])].filter((l) => !l.evidence);
    if (!links.length) return withTieEvidence(scope);
    const what = (n: number) => (withCoMentions && scope.coMentions.length ? `${n} ties and co-mentions` : `${n} ties`);
    setBusy(`Fetching the evidence of ${what(links.length)}…`);
    const whole = await withLinkEvidence(graph, links, (done, of) => setBusy(`Fetching the evidence of ${what(of)}: ${done} in…`));
    return withTieEvidence(exportScope(whole, state, { keepUnmentioned }));
  };

  const file = (name: string, type: string, write: (scope: FullScope) => string) => () => {
    setProblem(null);
    inHand(false).then(
      (full) => {
        downloadText(write(full), name, type);
        onDone();
      },
      (err: Error) => {
        setBusy(null);
        setProblem(`${name} was not saved: ${err.message}`);
      },
    );
  };

  const graphJson = async () => {
    setProblem(null);
    try {
      // The file stands alone: the ties' evidence, the co-mentions' sentences and the articles' texts go in it.
      const whole = await inHand(true);
      const missing = articlesWithoutText(whole);
      setBusy(missing.length ? `Fetching the texts of ${missing.length} articles…` : "Writing the file…");
      const texts = new Map((await Promise.all(missing.map((a) => loadArticleText(a)))).map((t) => [t.id, t]));
      downloadText(writeGraphJson(whole, texts), exportFileName(whole, "json"), "application/json");
      onDone();
    } catch (err) {
      setBusy(null);
      setProblem(`The graph JSON was not saved: ${(err as Error).message}`);
    }
  };

  const picture = async (format: "png" | "svg") => {
    const drawn = networkPictureSvg({
      title: state.compare ? `Ties in ${state.compare[0]} and ${state.compare[1]}` : state.year !== null ? `Ties in ${state.year}` : "Ties, all years",
      subtitle: `${scope.ties.length} ties from ${articles} articles · ${scope.description}`,
    }, graph.actors);
    if (!drawn) return setProblem("The network is not on screen: open the Graph view first.");
    try {
      if (format === "svg") downloadText(drawn.svg, exportFileName(scope, "svg"), "image/svg+xml");
      else downloadBlob(await svgToPng(drawn.svg, drawn.width, drawn.height, 2), exportFileName(scope, "png"));
      onDone();
    } catch (err) {
      setProblem(`The picture could not be made: ${(err as Error).message}`);
    }
  };

  return (
    <div className="ex-menu" id={id} role="group" aria-label="Export">
      <p className="ex-menu__scope">
        Files follow the view: <strong>{scope.ties.length} ties</strong> between {scope.actors.length} actors, from {articles} articles, {scope.description}.
      </p>
      <h3 className="ex-menu__head">Picture of the view</h3>
      <button ref={first} type="button" className="ex-menu__item" disabled={!onGraph} onClick={() => void picture("png")}>
        PNG image <span className="ex-menu__note">2× resolution, with legend and {years}</span>
      </button>
      <button type="button" className="ex-menu__item" disabled={!onGraph} onClick={() => void picture("svg")}>
        SVG image <span className="ex-menu__note">scalable, for editing</span>
      </button>
      {!onGraph && <p className="ex-menu__hint">Open the Graph view to export its picture.</p>}
      <h3 className="ex-menu__head">Data for other tools</h3>
      <label className="ex-menu__option" htmlFor={keepId}>
        <input id={keepId} type="checkbox" checked={keepUnmentioned} onChange={(e) => onKeepUnmentioned(e.target.checked)} />
        <span>
          Keep actors that no article names{" "}
          <span className="ex-menu__note">
            {keepUnmentioned ? "every actor of the view is in the files" : unmentioned > 0 ? `${unmentioned} left out, as they would skew degree and centrality` : "none in this view"}
          </span>
        </span>
      </label>
      <button type="button" className="ex-menu__item" disabled={busy !== null} onClick={file(exportFileName(scope, "gexf"), "application/gexf+xml", (full) => writeGexf(full))}>
        GEXF <span className="ex-menu__note">Gephi, Gephi Lite, networkx 3.6+, with the years as spells</span>
      </button>
      <button type="button" className="ex-menu__item" disabled={busy !== null} onClick={file(exportFileName({ slug: `${scope.slug}_gexf-1.2` }, "gexf"), "application/gexf+xml", (full) => writeGexf(full, "1.2"))}>
        GEXF 1.2 <span className="ex-menu__note">for older readers: networkx before 3.6</span>
      </button>
      <button type="button" className="ex-menu__item" disabled={busy !== null} onClick={file(exportFileName(scope, "graphml"), "application/graphml+xml", (full) => writeGraphml(full))}>
        GraphML <span className="ex-menu__note">networkx, igraph, yEd, Cytoscape</span>
      </button>
      <button type="button" className="ex-menu__item" disabled={busy !== null} onClick={file(exportFileName(scope, "csv"), "text/csv", (full) => writeEvidenceCsv(full))}>
        CSV <span className="ex-menu__note">spreadsheet, one row per quote, safe to open</span>
      </button>
      <button type="button" className="ex-menu__item" disabled={busy !== null} onClick={() => void graphJson()}>
        Graph JSON <span className="ex-menu__note">Tiegraph's own format, with the articles' texts</span>
      </button>
      {busy && (
        <p className="ex-menu__hint" role="status">
          {busy}
        </p>
      )}
      <h3 className="ex-menu__head">Report</h3>
      <button type="button" className="ex-menu__item" disabled={!selection && !actor} onClick={onReport}>
        {selection || actor ? `Print report: ${actor ? actor.name : "this tie"}…` : "Print report…"}
        <span className="ex-menu__note">{selection || actor ? "ties, evidence and citations, laid out for paper" : "select an actor or a tie first"}</span>
      </button>
      {problem && (
        <p className="ex-menu__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
