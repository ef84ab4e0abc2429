package io.ordercore.adapter.web.point;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.point.Point;
import java.util.List;

/** The points the caller may see. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PointListJson(List<PointJson> items) {

    static PointListJson from(List<Point> points) {
        return new PointListJson(points.stream().map(PointJson::from).toList());
    }
}
