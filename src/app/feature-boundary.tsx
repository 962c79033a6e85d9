/**
 * Error boundaries: `ResettableBoundary` catches what its children throw while rendering and shows a
 * fallback until the view changes (`resetKey`) or the fallback's retry is used. `FeatureBoundary` is
 * one feature's own: only its place in the shell shows the error, with a retry, and the rest of the
 * app keeps working. The app-wide CrashBoundary stays behind them for errors outside any feature.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface ResettableBoundaryProps {
  /** Changes when the view changes (the location); a new view gives the children a fresh try. */
  resetKey: string;
  /** What the children are, in the user's words ("The details panel"), for the console. */
  name: string;
  /** What to show instead of the children: the error's message, and a retry. */
  renderFallback: (message: string, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface ResettableBoundaryState {
  error: unknown;
  resetKey: string;
}

/** Catches errors thrown while rendering `children` and shows `fallback` until reset. */
export class ResettableBoundary extends Component<ResettableBoundaryProps, ResettableBoundaryState> {
  override state: ResettableBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ResettableBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: ResettableBoundaryProps, state: ResettableBoundaryState): Partial<ResettableBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.name} stopped unexpectedly`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: undefined });

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return this.props.renderFallback(error instanceof Error ? error.message : String(error), this.retry);
  }
}

/** One feature's boundary: its error and a "Try again" button in its own place. */
export function FeatureBoundary({ name, resetKey, children }: { name: string; resetKey: string; children: ReactNode }) {
  return (
    <ResettableBoundary
      name={name}
      resetKey={resetKey}
      renderFallback={(message, retry) => (
        <div className="feature-error" role="alert">
          <p className="feature-error__title">{name} stopped unexpectedly.</p>
          <p className="feature-error__message">{message}</p>
          <button type="button" className="feature-error__retry" onClick={retry}>
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ResettableBoundary>
  );
}
