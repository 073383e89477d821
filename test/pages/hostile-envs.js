// What old portal scripts do to a page, set up before lamtheo's code is even downloaded
// (a classic script in the head, as a CMS plugin is). ?env= chooses:
//   clean       nothing (the page to compare with)
//   prototypes  enumerable additions to Object.prototype (methods), Array.prototype and
//               String.prototype, as old CMS plugins and Prototype-era helpers make them
//   prototype-value  a plain value added to Object.prototype
//   prototypejs  Array.from replaced by Prototype.js's $A (array-likes only, no map function)
//   wrappers    a Promise polyfill in place of window.Promise, and logging wrappers around
//               JSON.parse / JSON.stringify, fetch and EventTarget.prototype.addEventListener
//   base        <base href> pointing at another folder (the data files are named relative to it)
//   base-elsewhere  the same folder on another origin
//   all         prototypes, prototypejs and wrappers together
// Each environment counts what it saw in window.lamtheoHostile, so the test can tell it was in force.
// Written as the old scripts it stands for (ES5, `var self = this`, `obj.hasOwnProperty`).
/* eslint-disable no-prototype-builtins, @typescript-eslint/no-this-alias */
(function () {
  var env = new URLSearchParams(location.search).get('env') || 'clean';
  var seen = (window.lamtheoHostile = { env: env, parse: 0, stringify: 0, fetch: 0, listeners: 0, thens: 0 });

  function prototypes() {
    // An old CMS's helpers: methods and a plain value, all enumerable.
    Object.prototype.clone = function () {
      var copy = {};
      for (var key in this) if (this.hasOwnProperty(key)) copy[key] = this[key];
      return copy;
    };
    Object.prototype.extend = function (other) {
      for (var key in other) this[key] = other[key];
      return this;
    };
    Array.prototype.remove = function (item) {
      var at = this.indexOf(item);
      if (at >= 0) this.splice(at, 1);
      return this;
    };
    Array.prototype.contains = function (item) {
      return this.indexOf(item) >= 0;
    };
    Array.prototype.cmsTag = 'list';
    String.prototype.format = function () {
      var args = arguments;
      return this.replace(/\{(\d+)\}/g, function (_, i) {
        return args[i];
      });
    };
    String.prototype.trimAll = function () {
      return this.replace(/\s+/g, ' ').trim();
    };
  }

  /**
   * A Promise polyfill of the kind old portals load unconditionally (es6-promise 3 /
   * promise-polyfill 6 style): then, catch, all, race, resolve, reject; callbacks run from
   * setTimeout; no finally, allSettled, any or withResolvers.
   */
  function PolyfillPromise(executor) {
    if (!(this instanceof PolyfillPromise)) throw new TypeError('Promises must be constructed via new');
    var self = this;
    self._state = 0; // 0 pending, 1 fulfilled, 2 rejected, 3 adopted
    self._value = undefined;
    self._handlers = [];
    var done = false;
    try {
      executor(
        function (value) {
          if (!done) {
            done = true;
            resolve(self, value);
          }
        },
        function (reason) {
          if (!done) {
            done = true;
            reject(self, reason);
          }
        },
      );
    } catch (error) {
      if (!done) {
        done = true;
        reject(self, error);
      }
    }
  }
  function resolve(self, value) {
    try {
      if (value === self) throw new TypeError('A promise cannot be resolved with itself.');
      if (value && (typeof value === 'object' || typeof value === 'function')) {
        var then = value.then;
        if (value instanceof PolyfillPromise) {
          self._state = 3;
          self._value = value;
          finale(self);
          return;
        }
        if (typeof then === 'function') {
          var done = false;
          try {
            then.call(
              value,
              function (v) {
                if (!done) {
                  done = true;
                  resolve(self, v);
                }
              },
              function (r) {
                if (!done) {
                  done = true;
                  reject(self, r);
                }
              },
            );
          } catch (error) {
            if (!done) {
              done = true;
              reject(self, error);
            }
          }
          return;
        }
      }
      self._state = 1;
      self._value = value;
      finale(self);
    } catch (error) {
      reject(self, error);
    }
  }
  function reject(self, reason) {
    self._state = 2;
    self._value = reason;
    if (self._handlers.length === 0)
      setTimeout(function () {
        // What the polyfill would log; recorded with the page's uncaught errors.
        if (!self._handled) window.lamtheoTestRecord.errors.push('Possible Unhandled Promise Rejection: ' + reason);
      }, 0);
    finale(self);
  }
  function finale(self) {
    for (var i = 0; i < self._handlers.length; i++) handle(self, self._handlers[i]);
    self._handlers = null;
  }
  function handle(self, handler) {
    while (self._state === 3) self = self._value;
    if (self._state === 0) {
      self._handlers.push(handler);
      return;
    }
    self._handled = true;
    setTimeout(function () {
      seen.thens++;
      var callback = self._state === 1 ? handler.onFulfilled : handler.onRejected;
      if (callback === null) {
        (self._state === 1 ? resolve : reject)(handler.promise, self._value);
        return;
      }
      var result;
      try {
        result = callback(self._value);
      } catch (error) {
        reject(handler.promise, error);
        return;
      }
      resolve(handler.promise, result);
    }, 0);
  }
  PolyfillPromise.prototype.then = function (onFulfilled, onRejected) {
    var next = new PolyfillPromise(function () {});
    handle(this, {
      onFulfilled: typeof onFulfilled === 'function' ? onFulfilled : null,
      onRejected: typeof onRejected === 'function' ? onRejected : null,
      promise: next,
    });
    return next;
  };
  PolyfillPromise.prototype['catch'] = function (onRejected) {
    return this.then(null, onRejected);
  };
  PolyfillPromise.all = function (items) {
    var args = Array.prototype.slice.call(items);
    return new PolyfillPromise(function (resolveAll, rejectAll) {
      var remaining = args.length;
      if (remaining === 0) return resolveAll([]);
      args.forEach(function (item, i) {
        PolyfillPromise.resolve(item).then(function (value) {
          args[i] = value;
          if (--remaining === 0) resolveAll(args);
        }, rejectAll);
      });
    });
  };
  PolyfillPromise.race = function (items) {
    return new PolyfillPromise(function (resolveRace, rejectRace) {
      for (var i = 0; i < items.length; i++) PolyfillPromise.resolve(items[i]).then(resolveRace, rejectRace);
    });
  };
  PolyfillPromise.resolve = function (value) {
    if (value && typeof value === 'object' && value.constructor === PolyfillPromise) return value;
    return new PolyfillPromise(function (resolveValue) {
      resolveValue(value);
    });
  };
  PolyfillPromise.reject = function (reason) {
    return new PolyfillPromise(function (_, rejectValue) {
      rejectValue(reason);
    });
  };

  function wrappers() {
    window.Promise = PolyfillPromise;
    // Logging wrappers, as analytics and debugging plugins install them.
    var parse = JSON.parse;
    JSON.parse = function (text, reviver) {
      seen.parse++;
      return parse.call(JSON, text, reviver);
    };
    var stringify = JSON.stringify;
    JSON.stringify = function (value, replacer, space) {
      seen.stringify++;
      return stringify.call(JSON, value, replacer, space);
    };
    // The wrapped fetch hands back the polyfill's promise, as such wrappers did.
    var nativeFetch = window.fetch;
    window.fetch = function (input, init) {
      seen.fetch++;
      var request = nativeFetch.call(window, input, init);
      return new PolyfillPromise(function (ok, fail) {
        request.then(ok, fail);
      });
    };
    var add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (_type, _listener, _options) {
      seen.listeners++;
      return add.apply(this, arguments);
    };
  }

  if (env === 'prototypes' || env === 'all') prototypes();
  if (env === 'prototypejs' || env === 'all') {
    // Prototype.js 1.7 sets Array.from to its $A, which reads array-likes only: no iterables
    // (a Set gives []) and no map function.
    Array.from = function $A(iterable) {
      if (!iterable) return [];
      if ('toArray' in Object(iterable)) return iterable.toArray();
      var length = iterable.length || 0,
        results = new Array(length);
      while (length--) results[length] = iterable[length];
      return results;
    };
  }
  // A plain value on Object.prototype (see hostile-portal.test.ts for what it still breaks).
  if (env === 'prototype-value') Object.prototype.cmsVersion = '2.3.1';
  if (env === 'wrappers' || env === 'all') wrappers();
  if (env === 'base' || env === 'base-elsewhere') {
    // The data files are named relative to the base, as an <img src> would be. base-elsewhere:
    // the base is on another origin (127.0.0.1 for localhost, as a portal's CDN would be).
    var base = document.createElement('base');
    var other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    base.href =
      env === 'base' ? '/test/fixtures/' : location.protocol + '//' + other + ':' + location.port + '/test/fixtures/';
    document.head.append(base);
    window.lamtheoDataVia = function (url) {
      return url.replace('/test/fixtures/', '');
    };
  }
})();
