// Types of cells.js (plain JavaScript so that scripts/screens.js can import it in Node).
export type Scheme = 'light' | 'os-dark' | 'dark-portal' | 'dark-portal-os-light' | 'forced';
export type CellLang = 'vi' | 'en' | 'mixed';
export interface Cell {
  width: 375 | 1280;
  scheme: Scheme;
  text: 100 | 200;
  lang: CellLang;
}
export interface MatrixWidget {
  id: string;
  family: string;
  tag: string;
  fixture: string;
  attributes: Record<string, string>;
  english?: boolean;
  generated?: { seed: number; commendations: number; spaces: number; revokedShare: number };
}
export const dimensions: { width: number[]; scheme: Scheme[]; text: number[]; lang: CellLang[] };
export const schemes: Record<Scheme, { os: 'light' | 'dark'; forced: boolean; portal: 'light' | 'dark' }>;
export function cellName(cell: Cell): string;
export const fullMatrix: Cell[];
export const seedCells: Cell[];
export function pairwise(all?: Cell[], seeds?: Cell[]): Cell[];
export const cells: Cell[];
export function cellsFor(choice: string | boolean | undefined): Cell[];
export function pageUrl(cell: Cell): string;
export function mediaFeatures(cell: Cell): { name: string; value: string }[];
export function languageOf(widget: MatrixWidget, cell: Cell): 'vi' | 'en';
export const widgets: MatrixWidget[];
