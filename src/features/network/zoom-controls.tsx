/** Zoom in and out, fit to screen and release the pinned actors: the same buttons over SVG and canvas. */
interface ZoomControlsProps {
  zoomBy: (factor: number) => void;
  onFit: () => void;
  pinnedCount: number;
  onReleaseAll: () => void;
}

export function ZoomControls({ zoomBy, onFit, pinnedCount, onReleaseAll }: ZoomControlsProps) {
  return (
    <div className="network__controls" role="group" aria-label="Zoom">
      <button type="button" className="net-btn" onClick={() => zoomBy(1.3)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" className="net-btn" onClick={() => zoomBy(1 / 1.3)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" className="net-btn net-btn--text" onClick={onFit}>
        Fit to screen
      </button>
      {pinnedCount > 0 && (
        <button type="button" className="net-btn net-btn--text" onClick={onReleaseAll}>
          Release {pinnedCount} pinned
        </button>
      )}
    </div>
  );
}
