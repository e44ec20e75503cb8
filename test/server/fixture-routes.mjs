// Test-only HTTP routes for the loading tests: failures a real server can produce.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function fixtureRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__fixtures/')) return next();
    const route = ctx.path.slice('/__fixtures/'.length);
    const status = /^status\/(\d{3})$/.exec(route);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = 'fixture error';
      return;
    }
    switch (route) {
      case 'stall':
        // Answers after 30 s, far past the element's 10 s timeout.
        await sleep(Number(ctx.query.ms ?? 30000));
        ctx.body = '{}';
        return;
      case 'slow':
        // A valid document, late: long enough to move the element while it loads.
        await sleep(Number(ctx.query.ms ?? 300));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ schemaVersion: 1, id: 'slow-squat', name: 'Slow Squat' });
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><p>Oops</p>';
        return;
      case 'empty':
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'huge': {
        const size = Number(ctx.query.mb ?? 3) * 1024 * 1024;
        ctx.type = 'application/json';
        ctx.body = `{"name":"${'x'.repeat(size)}"}`;
        return;
      }
      case 'redirect':
        ctx.redirect('/demo/exercises/reverse-lunge.json');
        return;
      default:
        ctx.status = 404;
    }
  };
}
