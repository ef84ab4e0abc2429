package io.ordercore.application.testing;

import io.ordercore.application.port.out.Settings;
import java.util.Optional;

/** {@link Settings} over {@link InMemoryStore}. */
public final class InMemorySettings implements Settings {

    private final InMemoryStore store;

    public InMemorySettings(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String key) {
        return store.locked(s -> Optional.ofNullable(s.settings.get(key)));
    }

    @Override
    public void put(String key, String value) {
        store.locked(s -> s.settings.put(key, value));
    }
}
