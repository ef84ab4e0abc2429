package io.ordercore.adapter.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Reviews;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Average scores per aspect, as exact decimal strings ("4.50"), and how many ratings they come from.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AveragesJson(long ratings, Map<String, String> byAspect) {

    static AveragesJson from(Reviews.Averages a) {
        Map<String, String> byAspect = new LinkedHashMap<>();
        a.byAspect().forEach((aspect, average) -> byAspect.put(aspect, plain(average)));
        return new AveragesJson(a.ratings(), byAspect);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
