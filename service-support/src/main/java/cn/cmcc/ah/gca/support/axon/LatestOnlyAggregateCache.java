package cn.cmcc.ah.gca.support.axon;

import cn.cmcc.ah.gca.support.eventstore.MongoKeyedEventStorageEngine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;

/**
 * The aggregate cache, trusted only while the cached aggregate is still the latest. Another instance of the service
 * may have appended to the aggregate since it was cached here; a command would then be decided on a stale state (a
 * wrong 409 "not received yet" right after the other instance recorded the receipt). Before a cached aggregate is
 * used, one unique-key lookup asks the store whether its next sequence number exists; if it does, the entry is
 * dropped and the aggregate is loaded from the store.
 */
public class LatestOnlyAggregateCache implements Cache {

    private static final Logger log = LoggerFactory.getLogger(LatestOnlyAggregateCache.class);
    private static final Field VERSION = versionField();

    private final Cache delegate;
    private final MongoKeyedEventStorageEngine store;

    public LatestOnlyAggregateCache(Cache delegate, MongoKeyedEventStorageEngine store) {
        this.delegate = delegate;
        this.store = store;
    }

    @Override
    public <K, V> V get(K key) {
        V value = delegate.get(key);
        if (value instanceof AggregateCacheEntry<?> entry) {
            Long version = versionOf(entry);
            if (version != null && store.hasEventAt(key.toString(), version + 1)) {
                log.debug("Cached aggregate {} at version {} is stale; loading it from the store", key, version);
                delegate.remove(key);
                return null;
            }
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }

    private static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the version of a cached aggregate", e);
        }
    }

    /** Axon keeps the cached aggregate's last sequence number in a private field; checked by a test on upgrade. */
    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no 'version' field any more", e);
        }
    }
}
