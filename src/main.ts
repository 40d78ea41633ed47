import { mount } from 'svelte';
// The reader's language first: every message function reads it.
import './lib/i18n/locale.svelte.ts';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
