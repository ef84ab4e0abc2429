package io.ordercore.application.port.out;

import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import java.util.List;
import java.util.Optional;

/** Storage of points of sale. */
public interface Points {

    Optional<Point> find(PointId id);

    void save(Point point);

    /** All points, by id. */
    List<Point> list();

    /** Where clients land who register without naming a point: the point with the lowest id. */
    Optional<Point> defaultPoint();
}
