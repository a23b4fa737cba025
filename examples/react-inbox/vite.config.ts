import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the built app works from any folder or static server.
export default defineConfig({ base: './', plugins: [react()] });
