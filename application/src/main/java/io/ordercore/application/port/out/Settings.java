package io.ordercore.application.port.out;

import java.util.Optional;

/** Administrator settings that live with the data (so every instance sees the same values). */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);
}
