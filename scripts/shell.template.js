// index.html's start-up script (inlined by scripts/post-build.mjs, scripts/build/shell.mjs):
// before the wasm runs, it puts the painted header in the reader's language, and if the app
// cannot start (no WebAssembly, a CSP without 'wasm-unsafe-eval', a file that did not arrive), it
// says why under the header, in that language, rather than leave a page with only a title.
// Once the app has mounted, `main` loses `data-rr-shell` and this says nothing.
(() => {
  // Each language's [title, lede, missing file, browser, a script failed, download], from the
  // catalogs.
  const TEXTS = /*@TEXTS@*/;
  const negotiate = /*@NEGOTIATE@*/;
  // The page's rule (src/i18n.rs `page_language`): ?lang=, the menu's remembered choice, the
  // browser's languages, else English.
  let remembered;
  try {
    remembered = localStorage.getItem('refresh-request-lang');
  } catch (e) {
    // Storage refused (a sandboxed frame, blocked cookies): no remembered choice.
  }
  const lang = negotiate([new URLSearchParams(location.search).get('lang'), remembered, ...(navigator.languages || [navigator.language])], Object.keys(TEXTS));
  const [title, lede, missingFile, browserFailed, scriptFailed, download] = TEXTS[lang];
  const painted = document.querySelector('main[data-rr-shell]');
  if (painted) {
    // The app keeps this header when it speaks the same language (src/lib.rs).
    painted.setAttribute('data-rr-lang', lang);
    if (lang !== 'en') {
      document.documentElement.lang = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      document.title = title;
      painted.querySelector('.rr-title').textContent = title;
      painted.querySelector('.rr-lede').textContent = lede;
    }
  }
  const fill = (text, values) => text.replace(/\{(file|status|why)\}/g, (_, name) => values[name]);
  const say = (text) => {
    const shell = document.querySelector('main[data-rr-shell]');
    if (!shell || shell.querySelector('[role=alert]')) return;
    const p = document.createElement('p');
    p.className = 'rr-notice rr-notice--warning';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    shell.append(p);
  };
  // One of the page's own files the server did not give (a 404: a build deployed in part,
  // or moved): that is the site's fault, not the browser's, so name the file.
  const missing = () => {
    const bad = performance.getEntriesByType('resource').find((e) => e.responseStatus >= 400);
    return bad && fill(missingFile, { file: bad.name.split(/[?#]/)[0].split('/').pop(), status: bad.responseStatus });
  };
  const browser = (why) => fill(browserFailed, { why });
  // Decided once the page's files are all in (the load event waits for them): a failed
  // fetch can reject before the browser has recorded its status.
  const report = (otherwise) => {
    const decide = () => setTimeout(() => say(missing() || otherwise));
    if (document.readyState === 'complete') decide();
    else addEventListener('load', decide, { once: true });
  };
  // Capturing: a script or preload that fails to load (a failed module import too) fires
  // `error` on its element, which does not bubble to the window.
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) report(browser(e.message || scriptFailed));
    else if (e.target instanceof HTMLScriptElement || e.target instanceof HTMLLinkElement) report(download);
  }, true);
  addEventListener('unhandledrejection', (e) => report(browser(e.reason?.message || String(e.reason))));
})();
