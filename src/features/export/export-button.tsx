/**
 * "Export" in the masthead: a disclosure whose menu (and the writers behind it) loads on first use.
 * Escape or a click elsewhere closes it and gives focus back to the button. The report preview opens
 * from the menu and, once closed, also gives focus back.
 */
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { LoadArticleText } from "./export-menu";

const ExportMenu = lazy(() => import("./export-menu").then((m) => ({ default: m.ExportMenu })));
const PrintReport = lazy(() => import("./print-report").then((m) => ({ default: m.PrintReport })));

/** The Export button and its menu; `loadArticleText` fetches the texts the graph JSON carries. */
export function ExportButton({ loadArticleText }: { loadArticleText: LoadArticleText }) {
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState(false);
  const [keepUnmentioned, setKeepUnmentioned] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wrap = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      className="ex-wrap"
      ref={wrap}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" className="tg-button" aria-expanded={open} aria-controls="export-menu" onClick={() => setOpen((o) => !o)}>
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportMenu
            id="export-menu"
            loadArticleText={loadArticleText}
            keepUnmentioned={keepUnmentioned}
            onKeepUnmentioned={setKeepUnmentioned}
            onDone={close}
            onReport={() => {
              setOpen(false);
              setReport(true);
            }}
          />
        </Suspense>
      )}
      {report && (
        <Suspense fallback={null}>
          <PrintReport
            onClose={() => {
              setReport(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
