import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte';
import './ui/global.css';

const app = new AppState();
document.documentElement.lang = app.lang;
mount(App, { target: document.getElementById('app')!, props: { app } });
// The first view is drawn from precomputed results while DuckDB starts in its worker.
void app.start();
