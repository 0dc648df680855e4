// The page's catalogs at run time (a file index.html loads, and inside embed.js): Project
// Fluent's own JavaScript runtime, @fluent/bundle, with the English catalog inlined so that an
// English reader fetches nothing more. Another language's catalog (dist/locales/<tag>.ftl, the
// core's messages and the page's) is fetched from the origin that served this script when a
// reader chooses it, and the service worker keeps it for offline use. The app (src/i18n.rs)
// calls `window.__refreshRequestI18n`. Generated into the build by scripts/post-build.mjs.
(function () {
  'use strict';
  if (window.__refreshRequestI18n) return;
  // The UMD build hands its exports to a CommonJS-looking `module`, so it leaves no
  // `FluentBundle` global on the host's page.
  var Fluent = (function () {
    var exports = {};
    var module = { exports: exports };
    /*@FLUENT@*/
    return module.exports;
  })();
  var texts = { en: /*@EN@*/ };
  // The built-in policies' texts in each language fetched (JSON text, by tag): the page's wasm
  // carries the built-ins in English only.
  var policyTexts = {};
  var bundles = {};
  var pending = {};
  var base = (function () {
    var script = document.currentScript;
    return script && script.src ? script.src : document.baseURI;
  })();
  function bundleOf(tag) {
    if (bundles[tag]) return bundles[tag];
    if (typeof texts[tag] !== 'string') return null;
    // No bidi isolation marks: the English text must read exactly as it always has, and the
    // page isolates what it needs to (dates, times) in its markup. Arabic isolates its
    // placeables, where a Latin-script value would otherwise reorder the sentence around it.
    var bundle = new Fluent.FluentBundle(tag, { useIsolating: tag === 'ar' });
    bundle.addResource(new Fluent.FluentResource(texts[tag]));
    bundles[tag] = bundle;
    return bundle;
  }
  window.__refreshRequestI18n = {
    // Whether `tag`'s catalog is here (English always is).
    has: function (tag) {
      return typeof texts[tag] === 'string';
    },
    // Fetches `tag`'s catalog once; resolves to whether it is here.
    load: function (tag) {
      if (typeof texts[tag] === 'string') return Promise.resolve(true);
      if (!pending[tag]) {
        var get = function (file) {
          return fetch(new URL('locales/' + file, base).href).then(function (response) {
            if (!response.ok) throw new Error('HTTP ' + response.status);
            return response.text();
          });
        };
        // The policies' texts come with the catalog; without them the policies read as written.
        var policies = get(tag + '.policies.json').catch(function (error) {
          console.warn('refresh-request: the built-in policies\' ' + tag + ' texts could not be loaded, so they are shown as written (' + ((error && error.message) || error) + ')');
          return null;
        });
        pending[tag] = Promise.all([get(tag + '.ftl'), policies])
          .then(function (got) {
            texts[tag] = got[0];
            if (got[1] !== null) policyTexts[tag] = got[1];
            return true;
          })
          .catch(function (error) {
            delete pending[tag];
            console.warn('refresh-request: the ' + tag + ' texts could not be loaded, so English is used (' + ((error && error.message) || error) + ')');
            return false;
          });
      }
      return pending[tag];
    },
    // The built-in policies' texts in `tag` (JSON text: {"<policy id>": {…}}), once loaded.
    policies: function (tag) {
      return policyTexts[tag];
    },
    // `items` (strings) as one list in `tag` ("1, 2 and 3"), by Intl.ListFormat.
    list: function (tag, items) {
      try {
        return new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(items);
      } catch (error) {
        return items.join(', ');
      }
    },
    // The variables message `id`'s English pattern selects on, space-separated ('' for none):
    // the app has a message written once per choice of its variant and numbers, and puts its
    // other text variables in itself. Undefined for a pattern with more than text, variables and
    // selections on a variable, or with the private-use characters of planes 15-16 the app marks
    // its variables with; null where English has no such message.
    selects: function (id) {
      var message = bundleOf('en').getMessage(id);
      var names = [];
      var plain = function (pattern) {
        if (typeof pattern === 'string') return !/[\uDB80-\uDBFF]/.test(pattern);
        return pattern.every(function (part) {
          if (typeof part === 'string') return plain(part);
          if (part.type === 'str') return plain(part.value);
          if (part.type === 'var') return true;
          if (part.type !== 'select' || part.selector.type !== 'var') return false;
          names.push(part.selector.name);
          return part.variants.every(function (variant) {
            return plain(variant.value);
          });
        });
      };
      if (!message || !message.value) return null;
      return plain(message.value) ? names.join(' ') : undefined;
    },
    // Message `id` in `tag` with `args` (an object: numbers select plurals), English where
    // `tag` lacks it; undefined where English lacks it too.
    format: function (tag, id, args) {
      var order = tag === 'en' ? ['en'] : [tag, 'en'];
      for (var i = 0; i < order.length; i++) {
        var bundle = bundleOf(order[i]);
        var message = bundle && bundle.getMessage(id);
        if (message && message.value) return bundle.formatPattern(message.value, args || null, []);
      }
      return undefined;
    },
  };
  // The page's app may have started first (its module and this file arrive in either order):
  // it waits for this.
  window.dispatchEvent(new Event('refresh-request-i18n'));
})();
