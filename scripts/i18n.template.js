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
  // English in its two parts: the core's messages (findings, the ticket), which a policy may
  // word its own way, then the page's own.
  var core = /*@EN_CORE@*/;
  var page = /*@EN_PAGE@*/;
  var texts = { en: core + '\n' + page };
  // The built-in policies' texts in each language fetched (JSON text, by tag): the page's wasm
  // carries the built-ins in English only.
  var policyTexts = {};
  var bundles = {};
  var parsed = {};
  var lists = {};
  // One bundle per (policy, language) for a policy that words messages its own way: the
  // language's catalog with the policy's wording over it, keyed by that wording.
  var worded = {};
  var pending = {};
  var base = (function () {
    var script = document.currentScript;
    return script && script.src ? script.src : document.baseURI;
  })();
  function parse(key, source) {
    if (!parsed[key]) parsed[key] = new Fluent.FluentResource(source);
    return parsed[key];
  }
  // A language's catalog as Fluent resources: English as its two parts, parsed apart (the same
  // messages as their join: the start-up below parses them a task each).
  function resourcesOf(tag) {
    return tag === 'en' ? [parse('en core', core), parse('en page', page)] : [parse(tag, texts[tag])];
  }
  function newBundle(tag) {
    // No bidi isolation marks: the English text must read exactly as it always has, and the
    // page isolates what it needs to (dates, times) in its markup. Arabic isolates its
    // placeables, where a Latin-script value would otherwise reorder the sentence around it.
    var bundle = new Fluent.FluentBundle(tag, { useIsolating: tag === 'ar' });
    resourcesOf(tag).forEach(function (resource) {
      bundle.addResource(resource);
    });
    return bundle;
  }
  function bundleOf(tag) {
    if (bundles[tag]) return bundles[tag];
    if (typeof texts[tag] !== 'string') return null;
    bundles[tag] = newBundle(tag);
    return bundles[tag];
  }
  // The variables an entry's value uses, each once (`$name` anywhere in its syntax tree:
  // placeables, selectors, variants, arguments).
  function variables(node, out) {
    if (node && typeof node === 'object') {
      if (node.type === 'var' && out.indexOf(node.name) < 0) out.push(node.name);
      for (var key in node) variables(node[key], out);
    }
    return out;
  }
  // The core's English messages by id, read when a policy words one its own way.
  var builtins;
  function builtinsOf() {
    if (!builtins) {
      builtins = Object.create(null);
      parse('en core', core).body.forEach(function (entry) {
        if (entry.id.charAt(0) !== '-') builtins[entry.id] = entry;
      });
    }
    return builtins;
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
        if (!lists[tag]) lists[tag] = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
        return lists[tag].format(items);
      } catch (error) {
        return items.join(', ');
      }
    },
    // The one message of `source` (Fluent syntax) as [id, ...its variables, sorted]; null
    // unless `source` reads as exactly one message: how the policy loader reads a policy's
    // own wording.
    message: function (source) {
      var body = new Fluent.FluentResource(source).body.filter(function (entry) {
        return entry.id.charAt(0) !== '-';
      });
      return body.length === 1 ? [body[0].id].concat(variables(body[0].value, []).sort()) : null;
    },
    // The variables of the core's English message `id` (sorted), undefined when the core has no
    // such message: what the policy loader checks a policy's wording against.
    builtin: function (id) {
      var entry = builtinsOf()[id];
      return entry && variables(entry.value, []).sort();
    },
    // Every id of the core's English messages (for the one most like a mistyped id).
    builtins: function () {
      return Object.keys(builtinsOf());
    },
    // Message `id` in `tag` as a policy words it (`source`: its wording in `tag`, Fluent syntax,
    // over the language's catalog); undefined when `tag`'s catalog is not here.
    formatWith: function (tag, source, id, args) {
      if (typeof texts[tag] !== 'string') return undefined;
      var key = tag + '\n' + source;
      if (!worded[key]) {
        worded[key] = newBundle(tag);
        worded[key].addResource(new Fluent.FluentResource(source), { allowOverrides: true });
      }
      var message = worded[key].getMessage(id);
      return message && message.value ? worded[key].formatPattern(message.value, args || null, []) : undefined;
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
  // What the app's first check and drawing need of this file, made while the page waits for its
  // wasm (a far larger download), a task each when the main thread is idle: the English catalog
  // parsed (its two parts) and bundled, where the document is English, and the first uses of
  // the browser's number and list formatting, which load their locale data once per page
  // (5-40 ms each on a 2-core machine). Left to the app, they all came inside its first check
  // and drawing, one long task on a slow phone (docs/performance.md, "Start-up"). Each step
  // makes what the app would make, so one the app needed first is already done.
  var root = document.documentElement;
  var lang = ((root && root.lang) || 'en').toLowerCase();
  var steps = [
    function () {
      new Intl.NumberFormat('en').format(0);
    },
    function () {
      window.__refreshRequestI18n.list('en', ['']);
    },
  ];
  if (lang === 'en' || lang.indexOf('en-') === 0) {
    steps.unshift(
      function () {
        parse('en core', core);
      },
      function () {
        parse('en page', page);
      },
      function () {
        bundleOf('en');
      },
    );
  }
  var idle = function (step) {
    if (window.requestIdleCallback) window.requestIdleCallback(step);
    else setTimeout(step, 0);
  };
  (function next() {
    var step = steps.shift();
    if (step) {
      idle(function () {
        step();
        next();
      });
    }
  })();
  // The page's app may have started first (its module and this file arrive in either order):
  // it waits for this.
  window.dispatchEvent(new Event('refresh-request-i18n'));
})();
