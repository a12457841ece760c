import { ROUTES, type Route, routeOf } from './routes';

/** A view: the route, the item it shows (`#/centre/<id>`) and its query parameters. */
export interface View {
  route: Route;
  id?: string;
  params: Record<string, string>;
}

/** Parse `#/regions?indicator=sci&wave=2025` into a view; unknown routes fall back to the start page. */
export function parseHash(hash: string): View {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [head, ...rest] = path.split('/');
  const route = ROUTES.includes(head as Route) ? (head as Route) : ROUTES[0];
  const params = Object.fromEntries(new URLSearchParams(query));
  const id = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return id && route !== ROUTES[0] ? { route, id, params } : { route, params };
}

/** Build the hash of a view, parameters in a stable order, empty ones left out. */
export function buildHash(view: View): string {
  const entries = Object.entries(view.params)
    .filter(([, v]) => v !== '' && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  const q = new URLSearchParams(entries).toString();
  return `#/${view.route}${view.id ? '/' + encodeURIComponent(view.id) : ''}${q ? '?' + q : ''}`;
}

/** Fill in the parameters a route needs that the URL leaves out, so the URL always shows the whole view. */
export function withDefaults(view: View, defaults: Partial<Record<string, Record<string, string>>>): View {
  return { ...view, params: { ...(defaults[view.route] ?? {}), ...view.params } };
}

/** A view with its page's defaults (from the route table) filled in. */
export function withRouteDefaults(view: View): View {
  return withDefaults(view, { [view.route]: routeOf(view).defaults ?? {} });
}
