import { safeDefine } from '../../internal/base-element.js';
import { LamtheoCounter } from './counter.js';
import { LamtheoCounterGrid } from './counter-grid.js';

export { LamtheoCounter, LamtheoCounterGrid };
export { counterVariants, type CounterVariant } from './card.js';

safeDefine('lamtheo-counter', LamtheoCounter);
safeDefine('lamtheo-counter-grid', LamtheoCounterGrid);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-counter': LamtheoCounter;
    'lamtheo-counter-grid': LamtheoCounterGrid;
  }
}
