export const keptSelectionMethods: string[];
export function isD3Selection(id: string): boolean;
export function slimSelection(code: string): string;
