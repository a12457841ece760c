import { type Lang, isLang } from '../../core/lang';
import { translator } from '../../i18n/t';
import { routeOf } from '../routes';
import { type View, buildHash, parseHash, withRouteDefaults } from '../url';

const LANG_KEY = 'civic-workbench.lang';

/** Russian by default whatever the browser says; a language chosen before is remembered; the URL's wins. */
function initialLang(view: View): Lang {
  if (isLang(view.params.lang)) return view.params.lang;
  const saved = localStorage.getItem(LANG_KEY);
  return isLang(saved) ? saved : 'ru';
}

/** The view (mirrored in the URL: route, item, parameters) and the UI language. */
export class Router {
  view = $state<View>(parseHash(location.hash));
  lang = $state<Lang>('ru');
  t = $derived(translator(this.lang));
  /** The route table's row for the current view. */
  route = $derived(routeOf(this.view));

  constructor() {
    this.lang = initialLang(this.view);
    document.documentElement.lang = this.lang;
    this.#write(withRouteDefaults({ ...this.view, params: { ...this.view.params, lang: this.lang } }), true);
    window.addEventListener('hashchange', () => {
      this.view = withRouteDefaults(parseHash(location.hash));
      if (isLang(this.view.params.lang)) this.#setLang(this.view.params.lang);
    });
    $effect.root(() => {
      $effect(() => void (document.title = `${this.t(this.route.title)} · ${this.t('app.title')}`));
    });
  }

  #write(view: View, replace = false) {
    this.view = view;
    const hash = buildHash(view);
    if (replace) history.replaceState(null, '', hash);
    else if (location.hash !== hash) location.hash = hash;
  }

  #setLang(lang: Lang) {
    this.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
    document.documentElement.lang = lang;
  }

  /** Change view parameters; the URL follows (`replace`: without a new history entry, as a slide number does). */
  setParams(params: Record<string, string>, { replace = false } = {}) {
    this.#write({ ...this.view, params: { ...this.view.params, ...params } }, replace);
  }

  /** Switch the UI language (remembered, and kept in the URL). */
  setLang(lang: Lang) {
    this.#setLang(lang);
    this.setParams({ lang });
  }

  /** A link to a page in the current language. */
  link(path: string, params: Record<string, string> = {}): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read at once
    return `#/${path}?${new URLSearchParams({ ...params, lang: this.lang })}`;
  }
}

/** The app's router. */
export const router = new Router();
