package io.ordercore.adapter.web.cabinet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.AccountCabinetUseCase.OrderStatistics;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many of one's orders are in each status (every status listed), and the total of the paid ones. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatisticsJson(Map<String, Long> countByStatus, MoneyJson totalPaid) {

    static StatisticsJson from(OrderStatistics s) {
        Map<String, Long> counts = new LinkedHashMap<>();
        s.countByStatus().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().name(), e.getValue()));
        return new StatisticsJson(counts, MoneyJson.from(s.totalPaid()));
    }
}
