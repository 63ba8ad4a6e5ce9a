import { Component, type ReactNode } from 'react';
import { describeError, LoadError } from './load-error';

interface ErrorBoundaryProps {
  /** What the children are, for the message: "the issuer" → "Could not load the issuer: …". */
  what: string;
  /** Runs before the children render again, e.g. to start a fresh import. */
  onRetry?: () => void;
  /** Placement of the message, e.g. over the bottom of an editor box. */
  className?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failure: string | null;
}

/**
 * Keeps a failure in one part of the page (a chunk that did not arrive, a render that threw) in that
 * part: the rest of the app and the store stay as they are, and "Try again" renders the part anew.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: describeError(error) };
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ failure: null });
  };

  override render() {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    return <LoadError what={this.props.what} message={failure} onRetry={this.retry} className={this.props.className} />;
  }
}
