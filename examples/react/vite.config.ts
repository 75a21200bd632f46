import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative URLs, so that dist/ opens from any folder.
  base: './',
  // The example networks are one folder up, shared with the Vue example.
  server: { fs: { allow: ['..'] } },
});
