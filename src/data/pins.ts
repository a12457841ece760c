import { type Connector, quoteLiteral } from '../core/sql';

/** A workshop note pinned on a cell of a notebook: the notebook's id, the cell's, the text and when it was pinned. */
export type SavedPin = {
  notebook: string;
  cell: string;
  text: string;
  /** ISO 8601; tells two notes on one cell apart. */
  at: string;
};

/** The workspace's pinned notes table. */
export const PINS = 'workspace_pins';

/** The longest note, in characters. */
export const MAX_PIN_LENGTH = 200;

/** Create the pins table if the workspace has none. */
export async function ensurePins(db: Connector): Promise<void> {
  const columns = 'notebook VARCHAR NOT NULL, cell VARCHAR NOT NULL, text VARCHAR NOT NULL, "at" VARCHAR NOT NULL';
  await db.exec(`CREATE TABLE IF NOT EXISTS ${PINS} (${columns})`);
}

/** Every pinned note of the workspace, by notebook, then in the order they were pinned. */
export async function listPins(db: Connector): Promise<SavedPin[]> {
  await ensurePins(db);
  return db.query<SavedPin>(`SELECT notebook, cell, text, "at" FROM ${PINS} ORDER BY notebook, "at", cell`);
}

/** A note's text as kept: one line of plain text (control characters and runs of spaces made one space), trimmed. */
export function pinText(text: string): string {
  return text
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, MAX_PIN_LENGTH);
}

/** Add a note (inside a transaction the caller holds, or alone). */
export async function insertPin(db: Connector, p: SavedPin): Promise<void> {
  const values = [p.notebook, p.cell, p.text, p.at].map(quoteLiteral).join(', ');
  await db.exec(`INSERT INTO ${PINS} (notebook, cell, text, "at") VALUES (${values})`);
}

/** Pin a note on a notebook's cell; its text is cleaned first (an empty note is not kept). */
export async function savePin(db: Connector, p: SavedPin): Promise<void> {
  await ensurePins(db);
  const text = pinText(p.text);
  if (text) await insertPin(db, { ...p, text });
}

/** Remove one note (its notebook, cell and time), or with `cell` null every note of a notebook. */
export async function deletePins(
  db: Connector,
  notebook: string,
  cell: string | null,
  at: string | null,
): Promise<void> {
  await ensurePins(db);
  const where = [`notebook = ${quoteLiteral(notebook)}`];
  if (cell !== null) where.push(`cell = ${quoteLiteral(cell)}`);
  if (at !== null) where.push(`"at" = ${quoteLiteral(at)}`);
  await db.exec(`DELETE FROM ${PINS} WHERE ${where.join(' AND ')}`);
}

/** Whether a value read from a file (a workspace file, the CLI's `--pins`) is a note pinned on a cell. */
export function isPinnedNote(x: unknown): x is Omit<SavedPin, 'notebook'> {
  const p = x as SavedPin;
  return (
    !!p &&
    typeof p === 'object' &&
    typeof p.cell === 'string' &&
    p.cell.length <= 80 &&
    typeof p.text === 'string' &&
    p.text.length <= MAX_PIN_LENGTH &&
    typeof p.at === 'string'
  );
}

/** Whether a value read from a workspace file is a pinned note with the notebook it belongs to. */
export function isSavedPin(x: unknown): x is SavedPin {
  const p = x as SavedPin;
  return isPinnedNote(p) && typeof p.notebook === 'string' && /^[a-z0-9_-]{1,80}$/.test(p.notebook);
}
