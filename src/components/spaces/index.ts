import { safeDefine } from '../../internal/base-element.js';
import { LamtheoSpaceMap } from './space-map.js';

export { LamtheoSpaceMap };

safeDefine('lamtheo-space-map', LamtheoSpaceMap);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-space-map': LamtheoSpaceMap;
  }
}
