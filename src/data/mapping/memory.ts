/** The workspace setting that keeps the column mappings the user applied (so it travels with the workspace file). */
export const MAPPINGS_SETTING = 'column_mappings';

/** A mapping as applied once: which file column feeds each expected column, and the codes chosen by hand. */
export interface MappingChoice {
  /** Expected column → the file's column (null: none). */
  columns: Record<string, string | null>;
  /** A region value → the reference code chosen by hand (null: left empty). */
  regions: Record<string, string | null>;
  /** `region code|district value` → the district code chosen by hand (null: left empty). */
  districts: Record<string, string | null>;
}

/** A mapping applied to a dataset: what the user chose, and what it changed in the dataset's table. */
export interface AppliedMapping {
  role: string;
  /** The file's own columns (before any mapping): its signature finds the mapping again. */
  header: string[];
  choice: MappingChoice;
  /** Columns the mapping wrote under the expected names. */
  added: string[];
  /** The file's columns that had an expected name the mapping wrote: original name → the name they are kept under. */
  moved: Record<string, string>;
}

/** A mapping remembered for files of one header given one role. */
export interface RememberedMapping extends MappingChoice {
  role: string;
  signature: string;
  /** When it was saved (ISO time): with two roles for one header, the latest wins. */
  saved: string;
}

/** Remembered mappings by `role|signature`. */
export type MappingMemory = Record<string, RememberedMapping>;

/** A file header's signature: its column names, trimmed and sorted, so the order of the columns does not matter. */
export function headerSignature(names: string[]): string {
  return JSON.stringify(names.map((n) => n.trim()).sort());
}

const keyOf = (role: string, signature: string) => `${role}|${signature}`;

/** The memory with a mapping remembered (replacing one for the same role and header). */
export function remember(
  memory: MappingMemory,
  role: string,
  signature: string,
  choice: MappingChoice,
  saved = new Date().toISOString(),
): MappingMemory {
  return { ...memory, [keyOf(role, signature)]: { role, signature, saved, ...choice } };
}

/** The mapping remembered for a header: for the role given, or (no role) the latest saved for any role. */
export function recall(memory: MappingMemory, signature: string, role?: string): RememberedMapping | null {
  if (role) return memory[keyOf(role, signature)] ?? null;
  const found = Object.values(memory).filter((m) => m.signature === signature);
  return found.sort((a, b) => b.saved.localeCompare(a.saved))[0] ?? null;
}
