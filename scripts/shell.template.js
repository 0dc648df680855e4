// index.html's start-up script (inlined by scripts/post-build.mjs, scripts/build/shell.mjs):
// before the wasm runs, it puts the painted header in the reader's language, and if the app
// cannot start (no WebAssembly, a CSP without 'wasm-unsafe-eval', a file that did not arrive), it
// says why under the header, in that language, rather than leave a page with only a title.
// Once the app has mounted, `main` loses `data-rr-shell` and this says nothing.
(() => {
  // Each language's [title, lede], and the failure's words in English, from the catalogs.
  const HEADER = /*@HEADER@*/;
  const ENGLISH = /*@ENGLISH@*/;
  const IDS = /*@IDS@*/;
  const negotiate = /*@NEGOTIATE@*/;
  // The page's rule (src/i18n.rs `page_language`): ?lang=, the menu's remembered choice, the
  // browser's languages, else English.
  let remembered;
  try {
    remembered = localStorage.getItem('refresh-request-lang');
  } catch (e) {
    // Storage refused (a sandboxed frame, blocked cookies): no remembered choice.
  }
  const lang = negotiate([new URLSearchParams(location.search).get('lang'), remembered, ...(navigator.languages || [navigator.language])], Object.keys(HEADER));
  const painted = document.querySelector('main[data-rr-shell]');
  if (painted) {
    // The app keeps this header when it speaks the same language (src/lib.rs).
    painted.setAttribute('data-rr-lang', lang);
    if (lang !== 'en') {
      const [title, lede] = HEADER[lang];
      document.documentElement.lang = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      document.title = title;
      painted.querySelector('.rr-title').textContent = title;
      painted.querySelector('.rr-lede').textContent = lede;
    }
  }
  // Failure message `i` of IDS with `values`: in another language by the page's runtime
  // (refresh-request-i18n-….js, loaded before the app) from that language's catalog; in English,
  // or when neither can be had, the English the build put here.
  const text = async (i, values) => {
    const runtime = window.__refreshRequestI18n;
    if (lang !== 'en' && runtime && (await runtime.load(lang))) {
      const said = runtime.format(lang, IDS[i], values);
      if (said) return said;
    }
    return ENGLISH[i].replace(/\{(file|status|why)\}/g, (_, name) => values[name]);
  };
  const say = (said) => {
    const shell = document.querySelector('main[data-rr-shell]');
    if (!shell || shell.querySelector('[role=alert]')) return;
    const p = document.createElement('p');
    p.className = 'rr-notice rr-notice--warning';
    p.setAttribute('role', 'alert');
    p.textContent = said;
    shell.append(p);
  };
  // Decided once the page's files are all in (the load event waits for them): a failed
  // fetch can reject before the browser has recorded its status. One of the page's own files
  // the server did not give (a 404: a build deployed in part, or moved) is the site's fault,
  // not the browser's, so the file is named.
  const report = (otherwise) => {
    const decide = () => setTimeout(async () => {
      const bad = performance.getEntriesByType('resource').find((e) => e.responseStatus >= 400);
      say(bad ? await text(0, { file: bad.name.split(/[?#]/)[0].split('/').pop(), status: String(bad.responseStatus) }) : await otherwise());
    });
    if (document.readyState === 'complete') decide();
    else addEventListener('load', decide, { once: true });
  };
  const browser = (why) => async () => text(1, { why: why || (await text(2, {})) });
  // Capturing: a script or preload that fails to load (a failed module import too) fires
  // `error` on its element, which does not bubble to the window.
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) report(browser(e.message));
    else if (e.target instanceof HTMLScriptElement || e.target instanceof HTMLLinkElement) report(() => text(3, {}));
  }, true);
  addEventListener('unhandledrejection', (e) => report(browser(e.reason?.message || String(e.reason))));
})();
