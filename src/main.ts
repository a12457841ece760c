import { startDuckDB } from './data/duckdb-wasm';
import './ui/global.css';

// DuckDB's worker fetches and compiles its wasm while the app's modules load (their files are preloaded).
startDuckDB();
void import('./ui/app');
