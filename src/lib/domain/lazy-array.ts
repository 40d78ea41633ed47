/**
 * An array whose items are made only when first read: `read(i)` runs once per index, the first
 * time anything asks for item i (an index, a loop, `map`, a spread, a search), and its answer is
 * kept, so an item is always the same object. The store's incidents are one (state/payload-
 * loader.ts): the map, counts, facets and timeline read typed columns, so at 100k a first load
 * parses only the incidents the list shows instead of all of them.
 *
 * It is a Proxy over an array with holes, read-only. Anything that walks the whole array (a
 * `map` over all incidents) still reads every item: such code belongs off the first load.
 */
export function lazyArray<T>(length: number, read: (index: number) => T): readonly T[] {
  const items = new Array<T>(length);
  /** The index a property key names, or -1 ("length", a method, "01", past the end). */
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i < length && String(i) === key ? i : -1;
  };
  const itemAt = (i: number): T => {
    if (!(i in items)) items[i] = read(i);
    return items[i]!;
  };
  const refuse = () => {
    throw new TypeError('the incidents are read-only');
  };
  return new Proxy(items, {
    get(target, key, receiver) {
      const i = indexOf(key);
      return i >= 0 ? itemAt(i) : Reflect.get(target, key, receiver);
    },
    // Array methods skip holes: every index below the length is there, read or not.
    has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key),
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key);
      if (i >= 0) itemAt(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      for (let i = 0; i < length; i++) itemAt(i);
      return Reflect.ownKeys(target);
    },
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  });
}
