import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <reseaupro-finder> is a custom element, not a Vue component: Vue leaves it to the browser.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'reseaupro-finder' } },
    }),
  ],
  // Relative URLs, so that dist/ opens from any folder.
  base: './',
  // The example networks are one folder up, shared with the React example.
  server: { fs: { allow: ['..'] } },
});
