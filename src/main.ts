import { mount } from 'svelte';
import App from './ui/App.svelte';
// The start page is in the first bundle: its first chart needs no second round of requests.
import RegionsPage from './ui/pages/RegionsPage.svelte';
import { bundle } from './ui/routes';
import { start } from './ui/stores/lifecycle';
import { offline } from './ui/stores/offline.svelte';
import './ui/global.css';

bundle('regions', RegionsPage);
mount(App, { target: document.getElementById('app')! });
// The first view is drawn from precomputed results while DuckDB starts in its worker.
const started = start();
// The offline install (the service worker precaching the app) waits for the start-up: built app only.
if (import.meta.env.PROD) void offline.register(started);
