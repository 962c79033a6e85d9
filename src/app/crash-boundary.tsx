/** Shown if rendering throws: a message instead of a blank page. */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface CrashBoundaryProps {
  /** The current location; moving to another one clears the crash and tries again. */
  location: string;
  children: ReactNode;
}

interface CrashBoundaryState {
  error: unknown;
  location: string;
}

/** Catches errors thrown while rendering `children` and shows what went wrong with a way back. */
export class CrashBoundary extends Component<CrashBoundaryProps, CrashBoundaryState> {
  override state: CrashBoundaryState = { error: undefined, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<CrashBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: CrashBoundaryProps, state: CrashBoundaryState): Partial<CrashBoundaryState> | null {
    return props.location === state.location ? null : { error: undefined, location: props.location };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Tiegraph stopped unexpectedly", error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const message = error instanceof Error ? error.message : String(error);
    return (
      <main className="load-screen" role="alert">
        <div className="load-card">
          <h1>Tiegraph stopped unexpectedly</h1>
          <p>{message}</p>
          <p>
            <a href="#/" onClick={() => window.location.reload()}>
              Back to the overview
            </a>
          </p>
        </div>
      </main>
    );
  }
}
