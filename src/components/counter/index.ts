import { safeDefine } from '../../internal/safe-define.js';
import { LamtheoCounter } from './counter.js';

export { LamtheoCounter };

safeDefine('lamtheo-counter', LamtheoCounter);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-counter': LamtheoCounter;
  }
}
