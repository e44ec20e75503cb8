import { esbuildPlugin } from '@web/dev-server-esbuild';

// Serves the demo pages (which load the built bundle from dist/) and, for development,
// TypeScript sources straight from src/.
export default {
  rootDir: '.',
  open: false,
  port: Number(process.env.PORT) || 8000,
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' })],
  middleware: [
    // `/` goes to the demo gallery.
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
