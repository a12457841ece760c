import { mount } from 'svelte';
import App from './App.svelte';
// The start page is in the preloaded bundle: its first chart needs no second round of requests.
import RegionsPage from './pages/RegionsPage.svelte';
import { bundle } from './routes';
import { start } from './stores/lifecycle';
import { offline } from './stores/offline.svelte';

bundle('regions', RegionsPage);
mount(App, { target: document.getElementById('app')! });
// The first view is drawn from precomputed results while DuckDB starts in its worker.
const started = start();
// The offline install (the service worker precaching the app) waits for the start-up: built app only.
if (import.meta.env.PROD) void offline.register(started);
