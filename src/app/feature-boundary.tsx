/**
 * One feature's own error boundary: if the feature throws while rendering, only its place in the
 * shell shows what went wrong, with a retry; the rest of the app keeps working. The app-wide
 * CrashBoundary stays behind it for errors outside any feature.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface FeatureBoundaryProps {
  /** What the feature is, in the user's words ("The details panel"), for the message. */
  name: string;
  /** Changes when the view changes (the location); a new view gives the feature a fresh try. */
  resetKey: string;
  children: ReactNode;
}

interface FeatureBoundaryState {
  error: unknown;
  resetKey: string;
}

/** Catches errors thrown while rendering `children`; shows them with a "Try again" button. */
export class FeatureBoundary extends Component<FeatureBoundaryProps, FeatureBoundaryState> {
  override state: FeatureBoundaryState = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<FeatureBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: FeatureBoundaryProps, state: FeatureBoundaryState): Partial<FeatureBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.name} stopped`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: undefined });

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const message = error instanceof Error ? error.message : String(error);
    return (
      <div className="feature-error" role="alert">
        <p className="feature-error__title">{this.props.name} stopped unexpectedly.</p>
        <p className="feature-error__message">{message}</p>
        <button type="button" className="feature-error__retry" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
