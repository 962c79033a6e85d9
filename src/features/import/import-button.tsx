/**
 * "Import articles" in the masthead: opens the import dialog, whose code loads on first use so the
 * first picture does not wait for it.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { selectOwnArticles, useAppStore } from "../../store/app-store";

const ImportDialog = lazy(() => import("./import-dialog").then((m) => ({ default: m.ImportDialog })));

/** The button, with how many of the user's own articles the graph holds. */
export function ImportButton() {
  const own = useAppStore(selectOwnArticles);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="tg-button io-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import articles{own.length ? <span className="io-open__count"> ({own.length} yours)</span> : null}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
