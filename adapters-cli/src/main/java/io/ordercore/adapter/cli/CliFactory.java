package io.ordercore.adapter.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds commands that take a {@link CliContext} in their constructor; everything else the picocli way. */
final class CliFactory implements CommandLine.IFactory {

    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
        constructor.setAccessible(true);
        return constructor.newInstance(context);
    }
}
