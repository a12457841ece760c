import { mount } from 'svelte';
import App from './ui/App.svelte';
// The start page is in the first bundle: its first chart needs no second round of requests.
import RegionsPage from './ui/pages/RegionsPage.svelte';
import { bundle } from './ui/routes';
import { start } from './ui/stores/lifecycle';
import './ui/global.css';

bundle('regions', RegionsPage);
mount(App, { target: document.getElementById('app')! });
// The first view is drawn from precomputed results while DuckDB starts in its worker.
void start();
