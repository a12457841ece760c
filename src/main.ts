import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte';
import './ui/global.css';

const app = new AppState();
document.documentElement.lang = app.lang;
mount(App, { target: document.getElementById('app')!, props: { app } });
// Draw the first view from precomputed results before DuckDB competes for the CPU.
requestAnimationFrame(() => setTimeout(() => void app.start(), 0));
