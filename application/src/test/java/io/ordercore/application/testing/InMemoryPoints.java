package io.ordercore.application.testing;

import io.ordercore.application.port.out.Points;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import java.util.List;
import java.util.Optional;

/** {@link Points} over {@link InMemoryStore}. */
public final class InMemoryPoints implements Points {

    private final InMemoryStore store;

    public InMemoryPoints(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Point> find(PointId id) {
        return store.locked(s -> Optional.ofNullable(s.points.get(id)));
    }

    @Override
    public void save(Point point) {
        store.locked(s -> s.points.put(point.id(), point));
    }

    @Override
    public List<Point> list() {
        return store.locked(s -> List.copyOf(s.points.values()));
    }

    @Override
    public Optional<Point> defaultPoint() {
        return store.locked(s -> s.points.isEmpty() ? Optional.empty() : Optional.of(s.points.firstEntry().getValue()));
    }
}
