/**
 * Every lamtheo element, defined at once (`lamtheo/all`, and the IIFE build).
 * Pages that want only what they use load `lamtheo` (autoload) or one family entry.
 */
export * from './components/counter/index.js';
export * from './components/commendations/index.js';
export * from './components/pledge/index.js';
export * from './components/pledge/chain.js';
export * from './components/spaces/index.js';
export { LamtheoDataset } from './internal/dataset-element.js';
export { LamtheoElement, safeDefine } from './internal/base-element.js';
export {
  LamtheoErrorEvent,
  LamtheoStateEvent,
  LamtheoPledgeSentEvent,
  type LamtheoEventMap,
  type PledgeSentDetail,
  type Problem,
  type WidgetState,
} from './internal/events.js';
