import { Storage as HelpersStorage, StorageType } from '@microsoft/office-js-helpers';
import { detectHost, openStore } from '../../src/taskpane/officeHelpers';

/**
 * Host detection and storage are plain browser code now (office-js-helpers is loaded only for
 * banners), yet they must read what the library wrote for earlier versions of the pane, and
 * forgetting must leave nothing of it. The library's own Storage runs here against the same
 * stand-in localStorage. The browser end-to-end tests cover a real page.
 */

/** The Web Storage interface over a Map, with items also visible as properties as browsers show them. */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  const storage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  return new Proxy(storage, {
    get: (target, property) => (typeof property === 'string' && !(property in target) ? items.get(property) : Reflect.get(target, property)),
    set: (target, property, value) => (typeof property === 'string' && !(property in target) ? (items.set(property, String(value)), true) : Reflect.set(target, property, value)),
    has: (target, property) => (typeof property === 'string' && items.has(property)) || Reflect.has(target, property),
    ownKeys: () => [...items.keys()],
    getOwnPropertyDescriptor: (_target, property) =>
      typeof property === 'string' && items.has(property) ? { value: items.get(property), enumerable: true, configurable: true, writable: true } : undefined,
  }) as unknown as Storage;
}

const globals = globalThis as { localStorage?: Storage; window?: unknown };

afterEach(() => {
  delete globals.localStorage;
  delete globals.window;
});

function installLocalStorage(): Storage {
  const storage = fakeLocalStorage();
  globals.localStorage = storage;
  globals.window = { localStorage: storage };
  return storage;
}

describe('detectHost', () => {
  test("Excel only when Office.onReady says so; any other host, or none, is a browser", () => {
    expect(detectHost('Excel')).toBe('excel');
    expect(detectHost('Word')).toBe('browser');
    expect(detectHost(null)).toBe('browser');
  });
});

describe('openStore', () => {
  test('reads inputs saved through office-js-helpers, and what it writes the library reads back', () => {
    installLocalStorage();
    const library = new HelpersStorage<string>('roi-test', StorageType.LocalStorage);
    library.set('last-form', '{"fields":{"organisation_name":"2027-01-01T00:00:00Z"}}');
    const store = openStore('roi-test');
    expect(store.persistent).toBe(true);
    expect(store.get('last-form')).toBe('{"fields":{"organisation_name":"2027-01-01T00:00:00Z"}}');
    store.set('last-form', '{"fields":{"deflection_rate":"55"}}');
    expect(library.get('last-form')).toBe('{"fields":{"deflection_rate":"55"}}');
    expect(store.get('never-written')).toBeUndefined();
  });

  test("clear removes every item of its container, the library's marker included, and nothing else", () => {
    const storage = installLocalStorage();
    new HelpersStorage<string>('roi-test', StorageType.LocalStorage).set('last-form', '{}');
    storage.setItem('@roi-test/other', '"x"');
    storage.setItem('@roi-test-2/last-form', '"kept"');
    storage.setItem('unrelated', 'kept');
    expect(storage.getItem('roi-test')).not.toBeNull();
    openStore('roi-test').clear();
    const left = Array.from({ length: storage.length }, (_, index) => storage.key(index)).sort();
    expect(left).toEqual(['@roi-test-2/last-form', 'unrelated']);
  });

  test('an item that is not JSON text (written by something else) reads as missing', () => {
    const storage = installLocalStorage();
    storage.setItem('@roi-test/last-form', '{not json');
    expect(openStore('roi-test').get('last-form')).toBeUndefined();
    storage.setItem('@roi-test/last-form', '{"an":"object"}');
    expect(openStore('roi-test').get('last-form')).toBeUndefined();
  });

  test.each([
    ['there is no localStorage', () => undefined],
    [
      'reading it throws (storage blocked)',
      () => {
        const blocked = fakeLocalStorage();
        blocked.getItem = () => {
          throw new Error('SecurityError: storage is blocked');
        };
        globals.localStorage = blocked;
      },
    ],
  ])('when %s: a store in memory for this session, saying so', (_case, arrange) => {
    arrange();
    const store = openStore('roi-test');
    expect(store.persistent).toBe(false);
    expect(store.get('last-form')).toBeUndefined();
    store.set('last-form', '{"fields":{}}');
    expect(store.get('last-form')).toBe('{"fields":{}}');
    store.clear();
    expect(store.get('last-form')).toBeUndefined();
  });

  test('a full storage loses the memory of the inputs, not the pane', () => {
    const storage = installLocalStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = openStore('roi-test');
    expect(() => store.set('last-form', '{}')).not.toThrow();
    expect(store.get('last-form')).toBeUndefined();
  });
});
