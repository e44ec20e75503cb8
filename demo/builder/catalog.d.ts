export interface CatalogEntry {
  id: string;
  name: string;
  level?: string;
  muscles?: { primary?: string[]; secondary?: string[] };
}
export function normalise(text: string): string;
export function muscleName(id: string): string;
export function createCatalog(entries: CatalogEntry[]): {
  size: number;
  search(query: string, limit?: number): { total: number; results: CatalogEntry[] };
};
