package io.ordercore.adapter.persistence.account;

import io.ordercore.application.port.out.Points;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link Points} over the {@code point} table. */
@Singleton
public final class PointsPersistenceAdapter implements Points {

    private final AccountRepositories.PointRows rows;
    private final AccountRowMapper mapper;

    PointsPersistenceAdapter(AccountRepositories.PointRows rows, AccountRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Point> find(PointId id) {
        return rows.findById(id.value()).map(mapper::toPoint);
    }

    @Override
    public void save(Point point) {
        PointRow row = mapper.toRow(point);
        if (rows.existsById(row.id())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    @Override
    public List<Point> list() {
        return rows.listOrderById().stream().map(mapper::toPoint).toList();
    }

    @Override
    public Optional<Point> defaultPoint() {
        return rows.findFirstOrderById().map(mapper::toPoint);
    }
}
