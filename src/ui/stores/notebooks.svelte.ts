import { type SavedNotebook, deleteNotebook, listNotebooks, saveNotebooks } from '../../data/notebooks';
import { checkNotebook } from '../../notebooks/validate';
import type { NotebookError } from '../../notebooks/types';
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
  loaded = $state(false);
  list: NotebookEntry[] = $derived(listEntries(this.saved));

  /** Read the workspace's notebooks (again: after a workspace file replaced them). */
  async load(): Promise<void> {
    await workspace.opened();
    this.saved = await workspace.withDb(listNotebooks);
    this.loaded = true;
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

  /** Delete a workspace notebook. */
  async remove(id: string): Promise<void> {
    await workspace.withDb((db) => deleteNotebook(db, id));
    await workspace.save();
    await this.load();
  }
}

/** The app's notebooks. */
export const notebooks = new NotebookStore();

/** Now, as the time a notebook was saved. */
const nowIso = () => new Date(Date.now()).toISOString();
