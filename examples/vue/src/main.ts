import { createApp } from 'vue';
// Defines <reseaupro-finder> before Vue mounts it, so that Vue sets `data` and `answers` as properties.
import 'reseaupro-finder';
import App from './App.vue';

createApp(App).mount('#app');
