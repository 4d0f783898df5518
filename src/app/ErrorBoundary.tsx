import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The map". */
  region: string;
  children: ReactNode;
}

/** Keeps a failure inside its region: the rest of the page goes on working. */
export class RegionBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="region-error" role="alert">
          <p>
            <strong>{this.props.region} could not be shown.</strong> The rest of the explainer still
            works.
          </p>
          <p className="muted">{this.state.error.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
