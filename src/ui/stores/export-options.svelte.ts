import { type ExportOptions, defaultDialect } from '../../views/export-table';
import { router } from './router.svelte';

const KEY = 'civic-workbench.export';

function load(): Partial<ExportOptions> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ExportOptions>;
    return {
      dialect: saved.dialect === 'semicolon' || saved.dialect === 'comma' ? saved.dialect : undefined,
      machineHeader: saved.machineHeader === true,
      fullPrecision: saved.fullPrecision === true,
    };
  } catch {
    return {};
  }
}

/** The data-export options (remembered in this browser); the CSV dialect follows the UI language until chosen. */
class ExportOptionsStore {
  #saved = $state<Partial<ExportOptions>>(load());
  options = $derived<ExportOptions>({
    dialect: this.#saved.dialect ?? defaultDialect(router.lang),
    machineHeader: !!this.#saved.machineHeader,
    fullPrecision: !!this.#saved.fullPrecision,
  });

  set(patch: Partial<ExportOptions>) {
    this.#saved = { ...this.#saved, ...patch };
    localStorage.setItem(KEY, JSON.stringify(this.#saved));
  }
}

export const exportOptions = new ExportOptionsStore();
