// The tablet's durable copy of what the game stores (its rules: src/core/profiles/journal.rs).
// localStorage answers the game at once but reaches the disk only seconds later, so a browser
// killed right after a win (Android does, batteries die) forgets it. Every write therefore
// also goes here, to IndexedDB, committed with strict durability (on disk when it completes);
// the game shows a result only once nothing is pending (src/web/storage.rs asks `pending`).
// At start the page reads the journal whole, before the game runs, and the game reconciles it
// with localStorage. A removed key is kept as null (a tombstone), so it stays removed.
//
// Hand-written rather than an IndexedDB wrapper package: it needs one store, three requests
// and the durability option, in about as many lines as a wrapper's set-up.

const NAME = 'bytebridge';
const STORE = 'journal';

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/**
 * Opens the journal and reads it: the journal's API for the game (`window.byteBridgeJournal`),
 * or null where IndexedDB cannot be used (the game then keeps localStorage alone, as before).
 */
export async function openJournal() {
  let db;
  let entries;
  try {
    const opening = indexedDB.open(NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    db = await done(opening);
    // A newer version of the page upgrading the database: let it (this page's writes then
    // fail, and localStorage still has them).
    db.onversionchange = () => db.close();
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    // Both lists come in key order from one transaction: they pair up.
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    entries = keys.map((key, i) => [key, values[i]]);
  } catch (error) {
    console.warn('Byte Bridge: no durable journal', error);
    return null;
  }
  let pending = 0;
  return {
    /** What the journal held when the page started: [key, value or null], in key order. */
    entries: () => entries,
    /** Writes in flight (not yet on disk, not yet failed). */
    pending: () => pending,
    /**
     * Writes `value` (null: removed) under `key` in a transaction of its own. With `merge`, a
     * differing value already there is merged with this one (merge(stored, ours) → kept) in
     * the same transaction: read-write transactions on one store never overlap, across tabs
     * too, so two tabs cannot overwrite each other's writes. False: nothing was started.
     */
    write(key, value, merge) {
      let transaction;
      try {
        transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      } catch {
        return false;
      }
      pending++;
      const finish = () => { pending--; };
      transaction.oncomplete = finish;
      transaction.onabort = finish;
      const store = transaction.objectStore(STORE);
      if (!merge || value == null) {
        store.put(value ?? null, key);
      } else {
        const read = store.get(key);
        read.onsuccess = () => {
          const stored = read.result;
          store.put(typeof stored === 'string' && stored !== value ? merge(stored, value) : value, key);
        };
      }
      return true;
    },
  };
}
