import { type SavedNotebook, deleteNotebook, listNotebooks, saveNotebooks } from '../../data/notebooks';
import { type SavedPin, deletePins, listPins, savePin } from '../../data/pins';
import { checkNotebook } from '../../notebooks/validate';
import type { NotebookError, PinnedNote } from '../../notebooks/types';
import type { Lang } from '../../core/lang';
import type { ViewCell } from '../../notebooks/from-view';
import {
  type NotebookEntry,
  joinCell,
  listEntries,
  newNotebook,
  slug,
  uniqueId,
  withDatasets,
} from '../notebooks/catalogue';
import { workspace } from './workspace.svelte';

/** A notebook file that cannot be imported: the file, and the first problem with its line. */
export class NotebookFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: NotebookError,
  ) {
    super(`${file}, line ${problem.line}: ${problem.code} ${problem.detail}`);
  }
}

/** The notebooks of the app: those shipped with it and those saved in the workspace. */
export class NotebookStore {
  saved = $state<SavedNotebook[]>([]);
  pinned = $state<SavedPin[]>([]);
  loaded = $state(false);
  list: NotebookEntry[] = $derived(listEntries(this.saved));

  /** Read the workspace's notebooks and pinned notes (again: after a workspace file replaced them). */
  async load(): Promise<void> {
    await workspace.opened();
    this.saved = await workspace.withDb(listNotebooks);
    this.pinned = await workspace.withDb(listPins);
    this.loaded = true;
  }

  /** The workshop notes pinned on a notebook's cells, in the order they were pinned. */
  pins(id: string): PinnedNote[] {
    return this.pinned.filter((p) => p.notebook === id).map(({ cell, text, at }) => ({ cell, text, at }));
  }

  /** Pin a short note (plain text, at most MAX_PIN_LENGTH characters; blank ones are not kept) on a notebook's cell. */
  async pin(id: string, cell: string, text: string): Promise<void> {
    await workspace.withDb((db) => savePin(db, { notebook: id, cell, text, at: nowIso() }));
    await this.#pinsChanged();
  }

  /** Remove the note pinned on a notebook's cell at that time. */
  async unpin(id: string, cell: string, at: string): Promise<void> {
    await workspace.withDb((db) => deletePins(db, id, cell, at));
    await this.#pinsChanged();
  }

  async #pinsChanged(): Promise<void> {
    await workspace.save();
    this.pinned = await workspace.withDb(listPins);
  }

  /** A notebook by id: the workspace's, else the shipped one. */
  get(id: string): NotebookEntry | null {
    return this.list.find((n) => n.id === id && !n.shipped) ?? this.list.find((n) => n.id === id) ?? null;
  }

  /** Save a text under an id (a shipped notebook is saved as a copy under an id of its own); returns the id. */
  async save(id: string, source: string): Promise<string> {
    const target = this.get(id)?.shipped
      ? uniqueId(
          id,
          this.list.map((n) => n.id),
        )
      : id;
    await workspace.withDb((db) => saveNotebooks(db, [{ id: target, source, saved: nowIso() }]));
    await workspace.save();
    await this.load();
    return target;
  }

  /** Import a `.md` file: refused with its first problem (file and line) when it does not check, else saved. */
  async importFile(file: string, source: string): Promise<string> {
    const [problem] = checkNotebook(source).errors;
    if (problem) throw new NotebookFileError(file, problem);
    return this.#add(slug(file), source);
  }

  /**
   * Append a view's cell to a workspace notebook (its front matter then names the datasets the cell reads), or to a
   * new one with `title` in `lang` when `target` is null; returns the notebook's id.
   */
  async append(target: string | null, cell: ViewCell, title: string, lang: Lang): Promise<string> {
    const old = target ? this.get(target) : null;
    if (old && !old.shipped) return this.save(old.id, joinCell(withDatasets(old.source, cell.datasets), cell.text));
    return this.#add(slug(title), joinCell(newNotebook(title, lang, cell.datasets), cell.text));
  }

  async #add(base: string, source: string): Promise<string> {
    return this.save(
      uniqueId(
        base,
        this.list.map((n) => n.id),
      ),
      source,
    );
  }

  /** Delete a workspace notebook and the notes pinned on it. */
  async remove(id: string): Promise<void> {
    await workspace.withDb(async (db) => {
      await deleteNotebook(db, id);
      await deletePins(db, id, null, null);
    });
    await workspace.save();
    await this.load();
  }
}

/** The app's notebooks. */
export const notebooks = new NotebookStore();

/** Now, as the time a notebook was saved. */
const nowIso = () => new Date(Date.now()).toISOString();
