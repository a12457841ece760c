import type { Component } from 'svelte';
import { DEMO } from '../data/demo';
import type { Key } from '../i18n/t';
import { HEADLINE } from '../indicators/catalogue';

/** One page of the app: its hash route, its title, the component (loaded when first shown) and where the nav has it. */
export interface RouteDef {
  /** The first part of the hash: `#/<path>` or, with `item`, `#/<path>/<id>`. */
  path: string;
  /** The page shows one item named in the path (`#/centre/<id>`); a row without `item` takes the bare path. */
  item?: boolean;
  /** The page's title (the browser tab) and, for nav pages, the link text. */
  title: Key;
  load: () => Promise<{ default: Component }>;
  /** Listed in the nav, in table order. */
  nav?: boolean;
  /** The nav entry lit while this page is open (default: its own). */
  under?: string;
  /** Parameters the URL always shows for this page, so a copied URL names the whole view. */
  defaults?: Record<string, string>;
}

const waves = DEMO.datasets[0].waves;
const [latest, earlier] = [String(waves[waves.length - 1]), String(waves[waves.length - 2])];

/**
 * Every page of the app. A new page is one row here and one component in pages/; the router, the nav and the
 * page titles all read this table.
 */
export const ROUTE_TABLE = [
  {
    path: 'regions',
    title: 'nav.regions',
    nav: true,
    load: () => import('./pages/RegionsPage.svelte'),
    defaults: { indicator: HEADLINE[0].id, wave: latest },
  },
  {
    path: 'waves',
    title: 'nav.waves',
    nav: true,
    load: () => import('./pages/WavesPage.svelte'),
    defaults: { indicator: HEADLINE[0].id, wave: latest, compare: earlier },
  },
  { path: 'profile', title: 'page.profile', load: () => import('./pages/ProfilePage.svelte') },
  { path: 'dashboard', title: 'nav.dashboard', nav: true, load: () => import('./pages/DashboardPage.svelte') },
  { path: 'builder', title: 'nav.builder', nav: true, load: () => import('./pages/BuilderPage.svelte') },
  { path: 'needs', title: 'nav.needs', nav: true, load: () => import('./pages/NeedsPage.svelte') },
  { path: 'centres', title: 'nav.centres', nav: true, load: () => import('./pages/CentresPage.svelte') },
  {
    path: 'centre',
    item: true,
    title: 'page.centre',
    under: 'centres',
    load: () => import('./pages/CentrePage.svelte'),
  },
  { path: 'ngo', title: 'nav.ngo', nav: true, load: () => import('./pages/NgoPage.svelte') },
  { path: 'districts', title: 'nav.districts', nav: true, load: () => import('./pages/DistrictsPage.svelte') },
  { path: 'plan', title: 'nav.plan', nav: true, load: () => import('./pages/PlanPage.svelte') },
  { path: 'atameken', title: 'nav.atameken', nav: true, load: () => import('./pages/AtamekenPage.svelte') },
  { path: 'measures', title: 'nav.measures', nav: true, load: () => import('./pages/MeasuresPage.svelte') },
  {
    path: 'analyse',
    title: 'nav.analyse',
    nav: true,
    load: () => import('./pages/AnalysePage.svelte'),
    defaults: { dataset: 'population', wave: latest, pct: 'row' },
  },
  { path: 'notebooks', title: 'nav.notebooks', nav: true, load: () => import('./pages/NotebooksPage.svelte') },
  {
    path: 'notebook',
    item: true,
    title: 'page.notebook',
    under: 'notebooks',
    load: () => import('./pages/NotebookPage.svelte'),
  },
  { path: 'data', title: 'nav.data', nav: true, load: () => import('./pages/DataPage.svelte') },
  { path: 'data', item: true, title: 'page.dataset', under: 'data', load: () => import('./pages/DatasetPage.svelte') },
  { path: 'about', title: 'nav.about', nav: true, load: () => import('./pages/AboutPage.svelte') },
] as const satisfies readonly RouteDef[];

/** The routes of the app (the first is the start page). */
export const ROUTES = [...new Set(ROUTE_TABLE.map((r) => r.path))];
export type Route = (typeof ROUTE_TABLE)[number]['path'];

/** The row that shows a view: the one for an item when the path names one, else the bare one. */
export function routeOf(view: { route: string; id?: string }): RouteDef {
  const rows: readonly RouteDef[] = ROUTE_TABLE.filter((r) => r.path === view.route);
  return rows.find((r) => !!r.item === !!view.id) ?? rows[0] ?? ROUTE_TABLE[0];
}

const bundled = new Map<RouteDef, Component>();

/** Put a page that is in the first bundle (the start page) beside its row: it is drawn at once, not after a load. */
export function bundle(path: string, page: Component): void {
  bundled.set(routeOf({ route: path }), page);
}

/** The component of a row, when it is in the first bundle. */
export const bundledPage = (row: RouteDef): Component | undefined => bundled.get(row);

/** The nav entries, in table order. */
export const NAV: readonly RouteDef[] = ROUTE_TABLE.filter((r: RouteDef) => r.nav);
