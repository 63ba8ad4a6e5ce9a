export { buildFlowDiagram } from './build-flow-diagram';
export { buildSequenceDiagram } from './build-sequence-diagram';
export { escapeMermaidLabel } from './escape-mermaid-label';
export { STATUS_MARKERS } from './mermaid-text';
export type { FlowActor, FlowContext, FlowDiagram, FlowLink, FlowStatus, FlowStep } from './types';
