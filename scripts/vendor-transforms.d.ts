import type { Plugin } from 'vite';

export const isZodModule: (id: string) => boolean;
export const zodGlobalHomes: { file: RegExp; global: string }[];
export function zodWithoutGlobals(code: string, id: string): string | null;
export const pureInterpolateFactories: string[];
export const isD3Interpolate: (id: string) => boolean;
export function markInterpolatePure(code: string): string;
export const transitionStandIn: string[];
export const isD3Zoom: (id: string) => boolean;
export function checkZoomTransitions(code: string, id?: string): void;
export function zodWithoutGlobalsPlugin(): Plugin;
export function d3InterpolatePurePlugin(): Plugin;
export function d3ZoomWithoutTransitionsPlugin(standIn: string): Plugin;
