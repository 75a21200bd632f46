// `npm start`: serves the repository so that demo/ loads the freshly built dist/ bundle.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  open: false,
  appIndex: undefined,
  nodeResolve: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.url === '/') context.url = '/demo/';
      return next();
    },
  ],
};
