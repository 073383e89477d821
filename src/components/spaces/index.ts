import { safeDefine } from '../../internal/safe-define.js';
import { LamtheoSpaceMap } from './space-map.js';

export { LamtheoSpaceMap };

safeDefine('lamtheo-space-map', LamtheoSpaceMap);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-space-map': LamtheoSpaceMap;
  }
}
