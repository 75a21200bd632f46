// `npm start`: serves the repository so that demo/ loads the freshly built dist/ bundle.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  nodeResolve: false,
  middleware: [
    // A redirect, not a rewrite: the demo's relative URLs (reseaux.json, demo.css) resolve against /demo/.
    function demoAtRoot(context, next) {
      if (context.path === '/') return context.redirect('/demo/');
      return next();
    },
  ],
};
